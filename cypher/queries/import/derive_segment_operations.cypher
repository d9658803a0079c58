// Enterprises that make a product a segment covers, or belong to an industry it covers (or to one of
// its sub-industries), operate in the segment: derived edges carrying the best coverage confidence.
// A manual edge (derived = false) stays as it is. A new edge gets the chain and the enterprise's
// region codes (see migrations/V0007).
MATCH (s:ChainSegment)-[c:COVERS]->(covered)
CALL (covered) {
  MATCH (e:Enterprise)-[:MAKES]->(covered)
  RETURN e
  UNION
  MATCH (e:Enterprise)-[:IN_INDUSTRY]->(:Industry)-[:CHILD_OF*0..3]->(covered:Industry)
  RETURN e
}
WITH e, s, max(c.confidence) AS confidence
MERGE (e)-[o:OPERATES_IN]->(s)
ON CREATE SET o.derived = true, o.derivedFrom = 'COVERAGE', o.chainId = s.chainId,
  o.provinceCode = e.provinceCode, o.cityCode = e.cityCode, o.countyCode = e.countyCode
WITH o, confidence WHERE o.derived = true AND o.derivedFrom = 'COVERAGE'
SET o.confidence = confidence
RETURN count(o) AS written
