// A leaf is a segment without children: the unit of completeness and status analysis.
MATCH (s:ChainSegment)
SET s.leaf = NOT EXISTS { (:ChainSegment)-[:CHILD_OF]->(s) }
RETURN count(s) AS written
