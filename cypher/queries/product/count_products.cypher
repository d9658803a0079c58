MATCH (p:Product)
WHERE ($segmentId IS NULL OR EXISTS { (p)-[:IN_SEGMENT]->(:ChainSegment {id: $segmentId}) })
  AND ($nameContains IS NULL OR p.name CONTAINS $nameContains)
RETURN count(p) AS total
