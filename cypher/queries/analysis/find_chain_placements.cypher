// What the supply edges and enterprises of a chain count towards, the same for every report on the
// chain: each product placed in any segment with its segments in this chain (none for a product of
// other chains only), the products placed in no segment (their edges count towards the supplier's
// segments), and each segment of the chain with itself and every segment above it.
CALL () {
  MATCH (p:Product)-[:IN_SEGMENT]->(s:ChainSegment)
  WITH p, collect(CASE WHEN s.chainId = $chainId THEN s.id END) AS segmentIds
  RETURN collect({productId: p.id, segmentIds: segmentIds}) AS products
}
CALL () {
  MATCH (p:Product)
  WHERE NOT EXISTS { (p)-[:IN_SEGMENT]->(:ChainSegment) }
  RETURN collect(p.id) AS unplacedProductIds
}
CALL () {
  MATCH (s:ChainSegment {chainId: $chainId})-[:CHILD_OF*0..]->(a:ChainSegment)
  WITH s, collect(DISTINCT {id: a.id, keyLink: a.keyLink = true}) AS atOrAbove
  RETURN collect({segmentId: s.id, atOrAbove: atOrAbove}) AS segments
}
RETURN products, unplacedProductIds, segments
