UNWIND $keys AS key
MATCH (p:Product)-[:IN_SEGMENT]->(:ChainSegment {id: key})
RETURN key, p AS item
ORDER BY p.name, p.id
