UNWIND $keys AS key
MATCH (s:ChainSegment {id: key})
RETURN key, s AS item
