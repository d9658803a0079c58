// Export: segments.jsonl, one row per segment (leaf is derived by the import, not exported).
// A page of up to $limit ChainSegment nodes after $after in key order.
MATCH (n:ChainSegment) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, chainId: n.chainId, parentId: n.parentId, name: n.name,
       position: n.position, level: n.level, keyLink: n.keyLink, keyLinkType: n.keyLinkType,
       weight: n.weight} AS record
ORDER BY key
