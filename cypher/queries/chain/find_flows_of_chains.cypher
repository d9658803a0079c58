UNWIND $keys AS key
MATCH (from:ChainSegment {chainId: key})-[:SUPPLIES_TO]->(to:ChainSegment)
RETURN key, {fromId: from.id, toId: to.id} AS item
ORDER BY from.id, to.id
