UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (c:IndustryChain {id: row.chainId}), (r:Region {code: row.regionCode})
MERGE (e)-[l:LEADS_CHAIN {regionCode: row.regionCode}]->(c)
SET l.since = row.since, l.regionLevel = r.level
RETURN count(l) AS written
