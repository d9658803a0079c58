UNWIND $rows AS row
MERGE (p:Product {id: row.id})
SET p.name = row.name
WITH p, row
CALL (p, row) {
  UNWIND coalesce(row.segmentIds, []) AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  MERGE (p)-[:IN_SEGMENT]->(s)
}
RETURN count(p) AS written
