UNWIND $rows AS row
MATCH (from:ChainSegment {id: row.from}), (to:ChainSegment {id: row.to})
MERGE (from)-[:SUPPLIES_TO]->(to)
RETURN count(*) AS written
