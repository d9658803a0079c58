// Export: rd_institutions.jsonl, one row per R&D institution with the segments it supports.
// A page of up to $limit RdInstitution nodes after $after in key order.
MATCH (n:RdInstitution) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name, type: n.type, regionCode: n.regionCode,
       segmentIds: [(n)-[:SUPPORTS]->(s:ChainSegment) | s.id]} AS record
ORDER BY key
