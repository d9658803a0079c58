UNWIND $keys AS key
MATCH (e:Enterprise {id: key})
RETURN key, e AS item
