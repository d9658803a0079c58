package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The evidence for investment targets, built for a scope: pure, no database. For each segment of
 * {@code $segmentIds}, the biggest {@code $perSegment} operating enterprises outside the scope
 * with the segment's revenue figures, where each leads the chain, and how many enterprises in
 * the scope it supplies and buys from (in any year).
 */
public final class TargetQueries {

    private TargetQueries() {
    }

    public static BuiltQuery candidates(ScopeCriteria scope, String chainId, LocalDate asOf, List<String> segmentIds,
                                        int perSegment) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                UNWIND $segmentIds AS segmentId
                MATCH (x:ChainSegment {id: segmentId})
                CALL (x) {
                  MATCH (x)<-[:OPERATES_IN]-(a:Enterprise)
                  WHERE %1$s
                  RETURN coalesce(max(a.revenue), 0.0) AS topRevenue, sum(coalesce(a.revenue, 0.0)) AS segmentRevenue
                }
                CALL (x) {
                  MATCH (x)<-[:OPERATES_IN]-(e:Enterprise)
                  WHERE %2$s AND NOT %3$s
                  RETURN e
                  ORDER BY e.revenue IS NULL, e.revenue DESC, e.id
                  LIMIT $perSegment
                }
                CALL (e) {
                  OPTIONAL MATCH (e)-[l:LEADS_CHAIN]->(:IndustryChain {id: $chainId})
                  OPTIONAL MATCH (r:Region {code: l.regionCode})
                  WITH l, r ORDER BY l.regionCode
                  RETURN collect(coalesce(r.name, l.regionCode)) AS leadsChainIn
                }
                CALL (e) {
                  OPTIONAL MATCH (e)-[:SUPPLIES]->(c:Enterprise)
                  WHERE %4$s
                  RETURN count(DISTINCT c) AS customersInScope
                }
                CALL (e) {
                  OPTIONAL MATCH (e)<-[:SUPPLIES]-(c:Enterprise)
                  WHERE %4$s
                  RETURN count(DISTINCT c) AS suppliersInScope
                }
                RETURN x.id AS segmentId, x.name AS segmentName, topRevenue, segmentRevenue, e AS enterprise,
                       %3$s AS inScope, leadsChainIn, customersInScope, suppliersInScope"""
                .formatted(ScopeFragments.alive("a"), ScopeFragments.alive("e"), f.inScope("e"), f.inScope("c"));
        Map<String, Object> parameters = f.parameters();
        parameters.put("chainId", chainId);
        parameters.put("asOf", asOf);
        parameters.put("segmentIds", segmentIds);
        parameters.put("perSegment", perSegment);
        return new BuiltQuery(new CypherQuery("analysis/find_target_candidates", text), parameters);
    }
}
