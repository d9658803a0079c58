// Flat, ordered by level, then upstream → midstream → downstream, then id.
UNWIND $keys AS key
MATCH (s:ChainSegment {chainId: key})
RETURN key, s AS item
ORDER BY s.level, CASE s.position WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, s.id
