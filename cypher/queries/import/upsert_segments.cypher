// Segments of one level at a time (parents first).
UNWIND $rows AS row
MATCH (c:IndustryChain {id: row.chainId})
MERGE (s:ChainSegment {id: row.id})
SET s.chainId = row.chainId, s.name = row.name, s.position = row.position, s.level = row.level,
    s.keyLink = row.keyLink, s.keyLinkType = row.keyLinkType, s.weight = row.weight, s.parentId = row.parentId
MERGE (c)-[:HAS_SEGMENT]->(s)
WITH s, row
CALL (s, row) {
  MATCH (parent:ChainSegment {id: row.parentId})
  MERGE (s)-[:CHILD_OF]->(parent)
}
RETURN count(s) AS written
