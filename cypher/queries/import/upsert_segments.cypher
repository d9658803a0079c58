// Segments of one level at a time (parents first). A segment moved to another chain takes its
// OPERATES_IN edges' chainId along (see migrations/V0007).
UNWIND $rows AS row
MATCH (c:IndustryChain {id: row.chainId})
MERGE (s:ChainSegment {id: row.id})
WITH c, s, row, s.chainId AS chainBefore
SET s.chainId = row.chainId, s.name = row.name, s.position = row.position, s.level = row.level,
    s.keyLink = row.keyLink, s.keyLinkType = row.keyLinkType, s.weight = row.weight, s.parentId = row.parentId
MERGE (c)-[:HAS_SEGMENT]->(s)
WITH s, row, chainBefore
CALL (s, row) {
  MATCH (parent:ChainSegment {id: row.parentId})
  MERGE (s)-[:CHILD_OF]->(parent)
}
CALL (s, chainBefore) {
  WITH s, chainBefore WHERE chainBefore IS NOT NULL AND chainBefore <> s.chainId
  MATCH (:Enterprise)-[o:OPERATES_IN]->(s)
  SET o.chainId = s.chainId
}
RETURN count(s) AS written
