UNWIND $keys AS key
MATCH (:RdInstitution {id: key})-[:SUPPORTS]->(s:ChainSegment)
RETURN key, s AS item
ORDER BY s.id
