// Export: chains.jsonl, one row per chain.
// A page of up to $limit IndustryChain nodes after $after in key order.
MATCH (n:IndustryChain) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name, category: n.category, description: n.description} AS record
ORDER BY key
