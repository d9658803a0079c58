MATCH (r:Region)
WHERE ($level IS NULL OR r.level = $level)
  AND ($parentCode IS NULL OR r.parentCode = $parentCode)
  AND ($nameContains IS NULL OR r.name CONTAINS $nameContains)
RETURN count(r) AS total
