// Export: enterprise_industries.jsonl, per enterprise its 申万 industries.
// The rows of up to $limit Enterprise nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Enterprise) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:IN_INDUSTRY]->(i:Industry)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {enterprise: key, industryCode: i.code} END AS record
ORDER BY key, record.industryCode
