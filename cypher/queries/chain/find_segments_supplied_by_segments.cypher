UNWIND $keys AS key
MATCH (:ChainSegment {id: key})-[:SUPPLIES_TO]->(s:ChainSegment)
RETURN key, s AS item
ORDER BY s.id
