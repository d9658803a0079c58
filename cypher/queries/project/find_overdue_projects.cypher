// Projects still at $stage that reached it on or before $cutoff, oldest first; scope by the stored
// region codes or the park.
MATCH (p:Project {stage: $stage})
WHERE p.stageDate <= $cutoff
  AND ($parkId IS NULL OR p.parkId = $parkId)
  AND ($regionCode IS NULL OR $regionCode IN [p.countryCode, p.provinceCode, p.cityCode, p.countyCode])
RETURN p AS item
ORDER BY p.stageDate, p.id
