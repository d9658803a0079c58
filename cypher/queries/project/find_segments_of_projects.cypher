UNWIND $keys AS key
MATCH (:Project {id: key})-[x:SERVES]->(s:ChainSegment)
RETURN key, {segmentId: s.id, role: x.role} AS item
ORDER BY s.id
