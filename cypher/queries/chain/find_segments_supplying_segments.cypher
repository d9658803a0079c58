UNWIND $keys AS key
MATCH (s:ChainSegment)-[:SUPPLIES_TO]->(:ChainSegment {id: key})
RETURN key, s AS item
ORDER BY s.id
