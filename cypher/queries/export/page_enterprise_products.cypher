// Export: enterprise_products.jsonl, per enterprise its main products.
// The rows of up to $limit Enterprise nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Enterprise) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:MAKES]->(p:Product)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {enterprise: key, productId: p.id,
       revenueShare: r.revenueShare} END AS record
ORDER BY key, record.productId
