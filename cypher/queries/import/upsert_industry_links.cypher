// The upstream industry supplies the industry; weight says how strongly (chain-kg: how often).
UNWIND $rows AS row
MATCH (industry:Industry {code: row.industry}), (upstream:Industry {code: row.upstream})
MERGE (upstream)-[l:SUPPLIES_TO]->(industry)
SET l.weight = row.weight
RETURN count(l) AS written
