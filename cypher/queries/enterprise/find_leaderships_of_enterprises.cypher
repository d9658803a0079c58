UNWIND $keys AS key
MATCH (:Enterprise {id: key})-[l:LEADS_CHAIN]->(c:IndustryChain)
RETURN key, {enterpriseId: key, chainId: c.id, regionCode: l.regionCode, since: l.since} AS item
ORDER BY c.id, l.regionCode
