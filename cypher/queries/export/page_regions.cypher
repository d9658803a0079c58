// Export: regions.jsonl, one row per region.
// A page of up to $limit Region nodes after $after in key order.
MATCH (n:Region) WHERE n.code > $after
WITH n ORDER BY n.code LIMIT $limit
RETURN n.code AS key, {code: n.code, name: n.name, level: n.level, parentCode: n.parentCode} AS record
ORDER BY key
