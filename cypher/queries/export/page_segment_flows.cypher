// Export: segment_flows.jsonl, per segment the segments it feeds.
// The rows of up to $limit ChainSegment nodes after $after in key order; a node without any gives one
// row
// with a null record, so that a page of nodes always advances.
MATCH (n:ChainSegment) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:SUPPLIES_TO]->(t:ChainSegment)
RETURN key, CASE WHEN r IS NULL THEN null ELSE {from: key, to: t.id} END AS record
ORDER BY key, record.to
