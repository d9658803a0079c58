// Export: supplies.jsonl, per supplier its supply edges (productKey is derived by the import).
// The rows of up to $limit Enterprise nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Enterprise) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:SUPPLIES]->(c:Enterprise)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {supplier: key, customer: c.id, productId: r.productId,
       product: r.product, value: r.value, year: r.year} END AS record
ORDER BY key, record.customer, coalesce(record.productId, record.product, ''), record.year
