UNWIND $keys AS key
MATCH (i:RdInstitution)-[:SUPPORTS]->(:ChainSegment {id: key})
RETURN key, i AS item
ORDER BY i.name, i.id
