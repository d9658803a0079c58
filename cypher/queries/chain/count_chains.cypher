MATCH (c:IndustryChain)
WHERE ($category IS NULL OR c.category = $category)
  AND ($nameContains IS NULL OR c.name CONTAINS $nameContains)
RETURN count(c) AS total
