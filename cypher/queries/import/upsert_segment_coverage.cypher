// What a segment covers: products (by id or name) and industries (申万, by code or name). Enterprises
// that make a covered product or belong to a covered industry are derived to operate in the segment.
UNWIND $rows AS row
MATCH (s:ChainSegment {id: row.segmentId})
CALL (s, row) {
  MATCH (p:Product) WHERE p.id IN row.productIds
  MERGE (s)-[c:COVERS]->(p)
  SET c.confidence = row.confidence
}
CALL (s, row) {
  UNWIND row.productNames AS productName
  MATCH (p:Product {name: productName})
  MERGE (s)-[c:COVERS]->(p)
  SET c.confidence = row.confidence
}
CALL (s, row) {
  MATCH (i:Industry) WHERE i.code IN row.industryCodes
  MERGE (s)-[c:COVERS]->(i)
  SET c.confidence = row.confidence
}
CALL (s, row) {
  UNWIND row.industryNames AS industryName
  MATCH (i:Industry {name: industryName})
  MERGE (s)-[c:COVERS]->(i)
  SET c.confidence = row.confidence
}
RETURN count(s) AS written
