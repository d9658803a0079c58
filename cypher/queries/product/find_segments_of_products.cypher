UNWIND $keys AS key
MATCH (:Product {id: key})-[:IN_SEGMENT]->(s:ChainSegment)
RETURN key, s AS item
ORDER BY s.id
