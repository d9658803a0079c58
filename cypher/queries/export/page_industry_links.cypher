// Export: industry_links.jsonl, per industry the industries that supply it.
// The rows of up to $limit Industry nodes after $after in key order; a node without any gives one row
// with a null record, so that a page of nodes always advances.
MATCH (n:Industry) WHERE n.code > $after
WITH n, n.code AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)<-[r:SUPPLIES_TO]-(u:Industry)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {industry: key, upstream: u.code,
       weight: r.weight} END AS record
ORDER BY key, record.upstream
