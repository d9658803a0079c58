UNWIND $keys AS key
MATCH (p:Project)-[:INVESTED_BY]->(:Enterprise {id: key})
RETURN key, p AS item
ORDER BY p.id
