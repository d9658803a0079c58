// Park properties, location (region codes at every level copied for scope filters) and the leading
// chains given explicitly (derived = false; name matching adds derived ones after the import). The
// row's location and explicit leading chains replace the previous ones.
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
  OPTIONAL MATCH (p)-[old:LEADS_IN]->(c:IndustryChain)
    WHERE NOT c.id IN row.leadingChainIds AND coalesce(old.derived, false) = false
  DELETE old
  WITH DISTINCT p, row
  UNWIND row.leadingChainIds AS chainId
  MATCH (c:IndustryChain {id: chainId})
  MERGE (p)-[l:LEADS_IN]->(c)
  SET l.derived = false, l.matchedTerm = null
}
RETURN count(p) AS written
