// Park properties, location (region codes at every level copied), and leading chains; the row's
// location and leading chains replace the previous ones.
UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (p:Park {id: row.id})
SET p.name = row.name, p.level = row.level, p.type = row.type, p.regionCode = row.regionCode,
    p.areaMu = row.areaMu, p.targetTaxPerMu = row.targetTaxPerMu, p.approvedOn = row.approvedOn,
    p.leadingIndustries = row.leadingIndustries,
    p.countryCode = r.countryCode, p.provinceCode = r.provinceCode, p.cityCode = r.cityCode,
    p.countyCode = r.countyCode
WITH p, r, row
CALL (p, r) {
  OPTIONAL MATCH (p)-[old:LOCATED_IN]->(other:Region) WHERE other <> r
  DELETE old
  MERGE (p)-[:LOCATED_IN]->(r)
}
CALL (p, row) {
  WITH p, row WHERE row.leadingChainIds IS NOT NULL
  OPTIONAL MATCH (p)-[old:LEADS_IN]->(c:IndustryChain) WHERE NOT c.id IN row.leadingChainIds
  DELETE old
  WITH DISTINCT p, row
  UNWIND row.leadingChainIds AS chainId
  MATCH (c:IndustryChain {id: chainId})
  MERGE (p)-[:LEADS_IN]->(c)
}
RETURN count(p) AS written
