// Export: projects.jsonl, one row per project in its current state (its history and version are not
// part of the format).
// A page of up to $limit Project nodes after $after in key order.
MATCH (n:Project) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $limit
RETURN n.id AS key, {id: n.id, name: n.name, investor: n.investorId, parkId: n.parkId,
       regionCode: n.regionCode, chainId: n.chainId, amount: n.amount, fundsInPlace: n.fundsInPlace,
       stage: n.stage,
       responsible: n.responsible, keyLevel: n.keyLevel, terminationReason: n.terminationReason,
       segments: [(n)-[x:SERVES]->(s:ChainSegment) | {segmentId: s.id, role: x.role}],
       stageDates: {RESERVE: n.reserveOn, NEGOTIATING: n.negotiatingOn, SIGNED: n.signedOn,
       STARTED: n.startedOn,
                    PRODUCING: n.producingOn, EFFECTIVE: n.effectiveOn,
       TERMINATED: n.terminatedOn}} AS record
ORDER BY key
