// Regions of one level at a time (parents first), so each copies its ancestors' codes.
UNWIND $rows AS row
MERGE (r:Region {code: row.code})
SET r.name = row.name, r.level = row.level, r.parentCode = row.parentCode
WITH r, row
OPTIONAL MATCH (parent:Region {code: row.parentCode})
SET r.countryCode = CASE WHEN row.level = 'COUNTRY' THEN r.code ELSE parent.countryCode END,
    r.provinceCode = CASE WHEN row.level = 'PROVINCE' THEN r.code ELSE parent.provinceCode END,
    r.cityCode = CASE row.level WHEN 'CITY' THEN r.code WHEN 'COUNTY' THEN parent.cityCode ELSE null END,
    r.countyCode = CASE WHEN row.level = 'COUNTY' THEN r.code ELSE null END
WITH r, parent
CALL (r, parent) {
  WITH r, parent WHERE parent IS NOT NULL
  MERGE (r)-[:PART_OF]->(parent)
}
RETURN count(r) AS written
