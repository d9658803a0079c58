// Export: product_links.jsonl, per product its raw materials and broader products.
// The rows of up to $limit Product nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Product) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:MADE_FROM|SUBTYPE_OF]->(related:Product)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {productId: key, relatedId: related.id,
       kind: type(r)} END AS record
ORDER BY key, record.relatedId, record.kind
