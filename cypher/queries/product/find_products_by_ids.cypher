UNWIND $keys AS key
MATCH (p:Product {id: key})
RETURN key, p AS item
