// A chain-gap report needs the scope's enterprises that operate in the chain or buy its products.
// Walking every enterprise of the scope to find them grows with all the scope's enterprises, so the
// edges carry what finds them by relationship index: OPERATES_IN its segment's chainId and its
// enterprise's region codes, SUPPLIES its customer's. The importer keeps them in step
// (upsert_enterprises, upsert_segments, upsert_supplies, derive_segment_operations). The copies
// run in batches: minutes on a database of millions of edges, once.
// An interrupted run is run again at the next start; edges already copied are skipped.
MATCH (e:Enterprise)-[o:OPERATES_IN]->(s:ChainSegment)
WHERE o.chainId IS NULL
CALL (e, o, s) {
  SET o.chainId = s.chainId, o.provinceCode = e.provinceCode, o.cityCode = e.cityCode, o.countyCode = e.countyCode
} IN TRANSACTIONS OF 10000 ROWS;
MATCH (:Enterprise)-[t:SUPPLIES]->(c:Enterprise)
WHERE t.customerCountryCode IS NULL
CALL (t, c) {
  SET t.customerCountryCode = c.countryCode, t.customerProvinceCode = c.provinceCode, t.customerCityCode = c.cityCode, t.customerCountyCode = c.countyCode
} IN TRANSACTIONS OF 10000 ROWS;
CREATE INDEX operates_in_chain_province IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.chainId, o.provinceCode);
CREATE INDEX operates_in_chain_city IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.chainId, o.cityCode);
CREATE INDEX operates_in_chain_county IF NOT EXISTS FOR ()-[o:OPERATES_IN]-() ON (o.chainId, o.countyCode);
CREATE INDEX supplies_year_customer_province IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerProvinceCode);
CREATE INDEX supplies_year_customer_city IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerCityCode);
CREATE INDEX supplies_year_customer_county IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerCountyCode);
