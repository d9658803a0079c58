// Export: products.jsonl, one row per product with the segments it belongs to.
// A page of up to $limit Product nodes after $after in key order.
MATCH (n:Product) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name,
       segmentIds: [(n)-[:IN_SEGMENT]->(s:ChainSegment) | s.id]} AS record
ORDER BY key
