// Export: segment_coverage.jsonl, per segment one row per coverage confidence, naming the products
// by id and the industries by code (names given at import were resolved to these then).
// The rows of up to $limit segments after $after in key order; a segment without coverage gives
// one row with a null record, so that a page of segments always advances.
MATCH (n:ChainSegment) WHERE n.id > $after
WITH n, n.id AS key ORDER BY key LIMIT $limit
OPTIONAL MATCH (n)-[r:COVERS]->(covered)
WITH key, r.confidence AS confidence,
     collect(CASE WHEN covered:Product THEN covered.id END) AS productIds,
     collect(CASE WHEN covered:Industry THEN covered.code END) AS industryCodes
RETURN key,
       CASE WHEN size(productIds) + size(industryCodes) = 0 THEN null
            ELSE {segmentId: key, productIds: productIds, industryCodes: industryCodes,
       confidence: confidence} END AS record
ORDER BY key, confidence
