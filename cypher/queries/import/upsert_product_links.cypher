// MADE_FROM: the related product is a raw material of the product. SUBTYPE_OF: it is a broader product.
UNWIND $rows AS row
MATCH (product:Product {id: row.productId}), (related:Product {id: row.relatedId})
CALL (product, related, row) {
  WITH product, related, row WHERE row.kind = 'MADE_FROM'
  MERGE (product)-[:MADE_FROM]->(related)
}
CALL (product, related, row) {
  WITH product, related, row WHERE row.kind = 'SUBTYPE_OF'
  MERGE (product)-[:SUBTYPE_OF]->(related)
}
RETURN count(CASE WHEN row.kind IN ['MADE_FROM', 'SUBTYPE_OF'] THEN 1 END) AS written
