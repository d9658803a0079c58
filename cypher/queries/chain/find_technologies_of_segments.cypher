UNWIND $keys AS key
MATCH (t:Technology)-[:IN_SEGMENT]->(:ChainSegment {id: key})
RETURN key, t AS item
ORDER BY t.name, t.id
