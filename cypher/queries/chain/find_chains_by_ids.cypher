UNWIND $keys AS key
MATCH (c:IndustryChain {id: key})
RETURN key, c AS item
