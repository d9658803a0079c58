UNWIND $keys AS key
MATCH (:Project {id: key})-[:HAS_CHANGE]->(c:ProjectChange)
RETURN key, c AS item
ORDER BY c.version
