// Each chain's name and segment names: the words a park's leading industries are matched against.
MATCH (c:IndustryChain)
OPTIONAL MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment)
WITH c, s ORDER BY s.id
RETURN c.id AS chainId, c.name AS chainName, collect(s.name) AS segmentNames
ORDER BY chainId
