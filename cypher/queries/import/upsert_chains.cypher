UNWIND $rows AS row
MERGE (c:IndustryChain {id: row.id})
SET c.name = row.name, c.category = row.category, c.description = row.description
RETURN count(c) AS written
