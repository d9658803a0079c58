// Project properties (stage dates as reserveOn .. effectiveOn, terminatedOn), location, investor,
// park, chain and the segments it serves with their role.
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (p:Project {id: row.id})
ON CREATE SET p.version = 1
SET p += row.properties,
    p.countryCode = r.countryCode, p.provinceCode = r.provinceCode, p.cityCode = r.cityCode,
    p.countyCode = r.countyCode, p.regionCode = r.code
WITH p, r, row
CALL (p, r) {
  OPTIONAL MATCH (p)-[old:LOCATED_IN]->(other:Region) WHERE other <> r
  DELETE old
  MERGE (p)-[:LOCATED_IN]->(r)
}
CALL (p, row) {
  OPTIONAL MATCH (p)-[old:INVESTED_BY|IN_PARK|IN_CHAIN|SERVES]->()
  DELETE old
}
CALL (p, row) {
  MATCH (investor:Enterprise {id: row.investor})
  MERGE (p)-[:INVESTED_BY]->(investor)
}
CALL (p, row) {
  MATCH (park:Park {id: row.parkId})
  MERGE (p)-[:IN_PARK]->(park)
}
CALL (p, row) {
  MATCH (chain:IndustryChain {id: row.chainId})
  MERGE (p)-[:IN_CHAIN]->(chain)
}
CALL (p, row) {
  UNWIND coalesce(row.segments, []) AS served
  MATCH (s:ChainSegment {id: served.segmentId})
  MERGE (p)-[x:SERVES]->(s)
  SET x.role = served.role
}
RETURN count(p) AS written
