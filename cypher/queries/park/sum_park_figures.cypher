// Per park of a region: its operating enterprises (founded by $end, not closed by then) with their
// tax, land and revenue, and the revenue of those operating in the park's leading chains.
MATCH (p:Park)
WHERE $regionCode IN [p.countryCode, p.provinceCode, p.cityCode, p.countyCode]
OPTIONAL MATCH (p)-[:LEADS_IN]->(c:IndustryChain)
WITH p, collect(c.id) AS leading
CALL (p, leading) {
  MATCH (e:Enterprise {parkId: p.id})
  WHERE (e.foundedOn IS NULL OR e.foundedOn <= $end) AND (e.closedOn IS NULL OR e.closedOn > $end)
  WITH e, EXISTS { (e)-[:OPERATES_IN]->(s:ChainSegment) WHERE s.chainId IN leading } AS inLeadingChain
  RETURN count(e) AS enterprises, sum(coalesce(e.tax, 0.0)) AS tax, sum(coalesce(e.landAreaMu, 0.0)) AS land,
         sum(coalesce(e.revenue, 0.0)) AS revenue,
         sum(CASE WHEN inLeadingChain THEN coalesce(e.revenue, 0.0) ELSE 0.0 END) AS leadingRevenue
}
RETURN p.id AS parkId, p.targetTaxPerMu AS target, enterprises, tax, land, revenue, leadingRevenue
ORDER BY parkId
