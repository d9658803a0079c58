// A chain with every segment and every segment-to-segment flow: the frame of a gap report.
MATCH (c:IndustryChain {id: $chainId})
CALL (c) {
  MATCH (c)-[:HAS_SEGMENT]->(s:ChainSegment)
  WITH s ORDER BY s.level, CASE s.position WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, s.id
  RETURN collect(s) AS segments
}
CALL (c) {
  MATCH (c)-[:HAS_SEGMENT]->(from:ChainSegment)-[:SUPPLIES_TO]->(to:ChainSegment)
  WITH from, to ORDER BY from.id, to.id
  RETURN collect({fromId: from.id, toId: to.id}) AS flows
}
RETURN c AS chain, segments, flows
