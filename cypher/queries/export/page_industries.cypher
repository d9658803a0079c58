// Export: industries.jsonl, one row per 申万 industry.
// A page of up to $limit Industry nodes after $after in key order.
MATCH (n:Industry) WHERE n.code > $after
WITH n ORDER BY n.code LIMIT $limit
RETURN n.code AS key, {code: n.code, name: n.name, level: n.level, parentCode: n.parentCode} AS record
ORDER BY key
