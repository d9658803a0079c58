// A chain-gap report reads the year's purchases into a province, city or county that deliver to
// its chain. Most purchase edges into a region carry other chains' products (at 1,000,000
// enterprises: 6,137 edges into a city in a year, 395 of them for one chain), so seeking them by
// (year, customer code) read and discarded the rest. The edges now also carry the product as an
// index key: catalogProductId is the edge's productId when it named a catalogued Product when
// written, else '' (no productId; the import refuses unknown ones, other writers may not). A report seeks the keys of
// its chain's products, of products placed in no segment, and ''; which segments an edge delivers
// to is still decided from its productId when the report runs. Products are never deleted and
// placements only added, so a key never hides an edge the report needs. upsert_supplies keeps it.
// An interrupted run is run again at the next start; edges already keyed are skipped.
MATCH (:Enterprise)-[t:SUPPLIES]->(:Enterprise)
WHERE t.catalogProductId IS NULL
CALL (t) {
  OPTIONAL MATCH (p:Product {id: t.productId})
  SET t.catalogProductId = coalesce(p.id, '')
} IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX supplies_year_customer_province IF EXISTS;
DROP INDEX supplies_year_customer_city IF EXISTS;
DROP INDEX supplies_year_customer_county IF EXISTS;
CREATE INDEX supplies_year_customer_province_product IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerProvinceCode, t.catalogProductId);
CREATE INDEX supplies_year_customer_city_product IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerCityCode, t.catalogProductId);
CREATE INDEX supplies_year_customer_county_product IF NOT EXISTS FOR ()-[t:SUPPLIES]-() ON (t.year, t.customerCountyCode, t.catalogProductId);
