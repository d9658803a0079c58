UNWIND $rows AS row
MATCH (e:Enterprise {id: row.enterprise}), (i:Industry {code: row.industryCode})
MERGE (e)-[b:IN_INDUSTRY]->(i)
RETURN count(b) AS written
