UNWIND $keys AS key
MATCH (r:Region {code: key})
RETURN key, r AS item
