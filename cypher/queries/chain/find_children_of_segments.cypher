UNWIND $keys AS key
MATCH (s:ChainSegment {parentId: key})
RETURN key, s AS item
ORDER BY CASE s.position WHEN 'UPSTREAM' THEN 0 WHEN 'MIDSTREAM' THEN 1 ELSE 2 END, s.id
