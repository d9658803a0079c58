UNWIND $keys AS key
MATCH (r:Region {parentCode: key})
RETURN key, r AS item
ORDER BY r.code
