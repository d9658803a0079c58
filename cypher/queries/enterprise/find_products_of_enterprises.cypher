UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:MAKES]->(p:Product)
RETURN key, p AS item
ORDER BY p.name, p.id
