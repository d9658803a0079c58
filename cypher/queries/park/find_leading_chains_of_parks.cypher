UNWIND $keys AS key
MATCH (:Park {id: key})-[:LEADS_IN]->(c:IndustryChain)
RETURN key, c AS item
ORDER BY c.id
