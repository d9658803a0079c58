UNWIND $keys AS key
MATCH (:Technology {id: key})-[:IN_SEGMENT]->(s:ChainSegment)
RETURN key, s AS item
ORDER BY s.id
