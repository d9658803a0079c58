UNWIND $keys AS key
MATCH (i:RdInstitution {id: key})
RETURN key, i AS item
