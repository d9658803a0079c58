// Export: chain_leaders.jsonl, per enterprise the chains it leads and where (regionLevel is derived).
// The rows of up to $limit Enterprise nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Enterprise) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:LEADS_CHAIN]->(c:IndustryChain)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {enterprise: key, chainId: c.id, regionCode: r.regionCode,
       since: r.since} END AS record
ORDER BY key, record.chainId, record.regionCode
