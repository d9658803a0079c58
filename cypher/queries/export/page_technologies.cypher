// Export: technologies.jsonl, one row per technology with its segments.
// A page of up to $limit Technology nodes after $after in key order.
MATCH (n:Technology) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name,
       segmentIds: [(n)-[:IN_SEGMENT]->(s:ChainSegment) | s.id]} AS record
ORDER BY key
