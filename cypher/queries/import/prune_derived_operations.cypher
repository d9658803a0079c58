// Removes derived segment operations whose coverage is gone (the segment no longer covers what the
// enterprise makes or the industry it belongs to); manual ones are never touched.
MATCH (e:Enterprise)-[o:OPERATES_IN {derivedFrom: 'COVERAGE'}]->(s:ChainSegment)
WHERE o.derived = true
  AND NOT EXISTS { (s)-[:COVERS]->(:Product)<-[:MAKES]-(e) }
  AND NOT EXISTS { (s)-[:COVERS]->(:Industry)<-[:CHILD_OF*0..3]-(:Industry)<-[:IN_INDUSTRY]-(e) }
DELETE o
RETURN count(*) AS written
