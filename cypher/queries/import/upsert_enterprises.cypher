// Enterprise properties, location (region codes at every level copied for scope filters),
// park, segments and products. Relationships listed in the row replace the previous ones.
// The OPERATES_IN edges it lists get their chain and its region codes; when its codes changed (it
// moved), all its OPERATES_IN and incoming SUPPLIES edges get the new ones (see migrations/V0007).
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (e:Enterprise {id: row.id})
WITH e, r, row, [coalesce(e.countryCode, ''), coalesce(e.provinceCode, ''), coalesce(e.cityCode, ''), coalesce(e.countyCode, '')] AS codesBefore
SET e += row.properties,
    e.countryCode = r.countryCode, e.provinceCode = r.provinceCode, e.cityCode = r.cityCode,
    e.countyCode = r.countyCode, e.regionCode = r.code
WITH e, r, row, codesBefore
CALL (e, r) {
  OPTIONAL MATCH (e)-[old:LOCATED_IN]->(other:Region) WHERE other <> r
  DELETE old
  MERGE (e)-[:LOCATED_IN]->(r)
}
CALL (e, row) {
  OPTIONAL MATCH (e)-[old:IN_PARK]->(other:Park) WHERE other.id <> row.parkId OR row.parkId IS NULL
  DELETE old
  WITH e, row WHERE row.parkId IS NOT NULL
  MATCH (p:Park {id: row.parkId})
  MERGE (e)-[:IN_PARK]->(p)
}
CALL (e, row) {
  WITH e, row WHERE row.segmentIds IS NOT NULL
  OPTIONAL MATCH (e)-[old:OPERATES_IN]->(s:ChainSegment)
    WHERE NOT s.id IN row.segmentIds AND coalesce(old.derived, false) = false
  DELETE old
  WITH DISTINCT e, row
  UNWIND row.segmentIds AS segmentId
  MATCH (s:ChainSegment {id: segmentId})
  MERGE (e)-[o:OPERATES_IN]->(s)
  SET o.derived = false, o.chainId = s.chainId, o.provinceCode = e.provinceCode, o.cityCode = e.cityCode,
      o.countyCode = e.countyCode
  REMOVE o.derivedFrom, o.confidence
}
CALL (e, row) {
  WITH e, row WHERE row.productIds IS NOT NULL
  OPTIONAL MATCH (e)-[old:MAKES]->(p:Product) WHERE NOT p.id IN row.productIds
  DELETE old
  WITH DISTINCT e, row
  UNWIND row.productIds AS productId
  MATCH (p:Product {id: productId})
  MERGE (e)-[:MAKES]->(p)
}
CALL (e, codesBefore) {
  WITH e, codesBefore WHERE codesBefore <> [coalesce(e.countryCode, ''), coalesce(e.provinceCode, ''), coalesce(e.cityCode, ''), coalesce(e.countyCode, '')]
  CALL (e) {
    MATCH (e)-[o:OPERATES_IN]->(:ChainSegment)
    SET o.provinceCode = e.provinceCode, o.cityCode = e.cityCode, o.countyCode = e.countyCode
  }
  CALL (e) {
    MATCH (:Enterprise)-[t:SUPPLIES]->(e)
    SET t.customerCountryCode = e.countryCode, t.customerProvinceCode = e.provinceCode, t.customerCityCode = e.cityCode,
        t.customerCountyCode = e.countyCode
  }
}
RETURN count(e) AS written
