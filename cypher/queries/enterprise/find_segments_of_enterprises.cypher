UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[:OPERATES_IN]->(s:ChainSegment)
RETURN key, s AS item
ORDER BY s.chainId, s.id
