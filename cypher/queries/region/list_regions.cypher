MATCH (r:Region)
WHERE ($level IS NULL OR r.level = $level)
  AND ($parentCode IS NULL OR r.parentCode = $parentCode)
  AND ($nameContains IS NULL OR r.name CONTAINS $nameContains)
RETURN r AS item
ORDER BY r.code
SKIP $offset LIMIT $limit
