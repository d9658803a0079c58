// GB/T 4754-2017 classes of one level at a time (sections first), each under its parent.
UNWIND $rows AS row
MERGE (c:IndustryClass {code: row.code})
SET c.name = row.name, c.level = row.level, c.parentCode = row.parentCode, c.description = row.description,
    c.tags = row.tags, c.strategicCategories = row.strategicCategories, c.strategicProducts = row.strategicProducts
WITH c, row
CALL (c, row) {
  MATCH (parent:IndustryClass {code: row.parentCode})
  MERGE (c)-[:CHILD_OF]->(parent)
}
RETURN count(c) AS written
