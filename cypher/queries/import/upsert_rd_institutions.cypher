UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (i:RdInstitution {id: row.id})
SET i.name = row.name, i.type = row.type, i.regionCode = row.regionCode,
    i.countryCode = r.countryCode, i.provinceCode = r.provinceCode, i.cityCode = r.cityCode,
    i.countyCode = r.countyCode
MERGE (i)-[:LOCATED_IN]->(r)
WITH i, row
CALL (i, row) {
  UNWIND coalesce(row.segmentIds, []) AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  MERGE (i)-[:SUPPORTS]->(s)
}
RETURN count(i) AS written
