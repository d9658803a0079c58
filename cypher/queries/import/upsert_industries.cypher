// Industries (申万) of one level at a time (level 1 first), each under its parent.
UNWIND $rows AS row
MERGE (i:Industry {code: row.code})
SET i.name = row.name, i.level = row.level, i.parentCode = row.parentCode
WITH i, row
CALL (i, row) {
  MATCH (parent:Industry {code: row.parentCode})
  MERGE (i)-[:CHILD_OF]->(parent)
}
RETURN count(i) AS written
