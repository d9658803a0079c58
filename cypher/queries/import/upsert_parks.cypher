UNWIND $rows AS row
MATCH (r:Region {code: row.regionCode})
MERGE (p:Park {id: row.id})
SET p.name = row.name, p.level = row.level, p.type = row.type, p.regionCode = row.regionCode,
    p.areaMu = row.areaMu, p.targetTaxPerMu = row.targetTaxPerMu, p.approvedOn = row.approvedOn,
    p.leadingIndustries = row.leadingIndustries,
    p.countryCode = r.countryCode, p.provinceCode = r.provinceCode, p.cityCode = r.cityCode,
    p.countyCode = r.countyCode
MERGE (p)-[:LOCATED_IN]->(r)
WITH p, row
CALL (p, row) {
  UNWIND coalesce(row.leadingChainIds, []) AS chainId
  MATCH (c:IndustryChain {id: chainId})
  MERGE (p)-[:LEADS_IN]->(c)
}
RETURN count(p) AS written
