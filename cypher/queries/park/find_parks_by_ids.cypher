UNWIND $keys AS key
MATCH (p:Park {id: key})
RETURN key, p AS item
