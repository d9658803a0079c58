package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The evidence for investment targets, in two parts: pure, no database. What every scope shares,
 * per segment: its operating enterprises by revenue with their tags, rankings and chain
 * leadership, and the segment's revenue figures ({@link #segmentRankings}). What depends on the
 * scope: the supply ties of chosen enterprises to it ({@link #supplyTies}).
 */
public final class TargetQueries {

    /**
     * From this many enterprises on, a scope (a big province, the country) likely has more supply
     * edges than the candidates, so its ties are counted from each candidate instead.
     */
    public static final int SCOPE_SIDE_LIMIT = 2000;

    private TargetQueries() {
    }

    /**
     * Per segment of {@code $segmentIds} found: its operating enterprises' biggest revenue and
     * revenue, how many there are, and the first {@code $limit} of them by revenue (unknown last,
     * then by id), each with its region codes, park and the regions where it leads the chain.
     * The figures are summed in the order the enterprises are found, before they are sorted, as a
     * sum of doubles depends on its order.
     */
    public static BuiltQuery segmentRankings(String chainId, LocalDate asOf, List<String> segmentIds, int limit) {
        String text = """
                CALL () {
                  OPTIONAL MATCH (:IndustryChain {id: $chainId})<-[:LEADS_CHAIN]-(leader)
                  RETURN collect(DISTINCT leader) AS chainLeaders
                }
                UNWIND $segmentIds AS segmentId
                MATCH (x:ChainSegment {id: segmentId})
                CALL (x) {
                  MATCH (x)<-[:OPERATES_IN]-(a:Enterprise)
                  WHERE %s
                  RETURN coalesce(max(a.revenue), 0.0) AS topRevenue, sum(coalesce(a.revenue, 0.0)) AS segmentRevenue,
                         collect(a) AS operating
                }
                CALL (operating, chainLeaders) {
                  UNWIND operating AS e
                  WITH e, e.revenue AS revenue
                  ORDER BY revenue IS NULL, revenue DESC, e.id
                  LIMIT $limit
                  RETURN collect(e {.id, .name, .revenue, .tags, .rankings, .countryCode, .provinceCode, .cityCode,
                                    .countyCode, .parkId,
                    leadsChainIn: CASE WHEN e IN chainLeaders THEN COLLECT {
                      MATCH (e)-[l:LEADS_CHAIN]->(:IndustryChain {id: $chainId})
                      OPTIONAL MATCH (r:Region {code: l.regionCode})
                      WITH l, r ORDER BY l.regionCode
                      RETURN coalesce(r.name, l.regionCode)
                    } ELSE [] END}) AS ranked
                }
                RETURN x.id AS segmentId, x.name AS segmentName, topRevenue, segmentRevenue,
                       size(operating) AS operatingCount, ranked""".formatted(ScopeFragments.alive("a"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("chainId", chainId);
        parameters.put("asOf", asOf);
        parameters.put("segmentIds", segmentIds);
        parameters.put("limit", limit);
        return new BuiltQuery(new CypherQuery("analysis/rank_segment_enterprises", text), parameters);
    }

    /**
     * Rows {@code enterpriseId, customersInScope, suppliersInScope} for the enterprises of
     * {@code $enterpriseIds} that supply or buy from enterprises in the scope (in any year),
     * counting those enterprises. Following every candidate's supply edges costs the most, as big
     * firms have many, and few have a tie: so the scope's supply partners are collected first,
     * from the scope's side, and only candidates among them are followed. A scope of
     * {@code scopeSideLimit} enterprises or more is not collected: there every candidate is
     * followed.
     */
    public static BuiltQuery supplyTies(ScopeCriteria scope, List<String> enterpriseIds, int scopeSideLimit) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                CALL () {
                  MATCH (s:Enterprise)
                  WHERE %1$s
                  WITH s LIMIT $scopeSideLimit
                  WITH collect(s) AS scopeEnterprises
                  RETURN CASE WHEN size(scopeEnterprises) < $scopeSideLimit THEN COLLECT {
                    UNWIND scopeEnterprises AS s
                    MATCH (s)-[:SUPPLIES]-(partner)
                    RETURN DISTINCT partner
                  } END AS scopePartners
                }
                UNWIND $enterpriseIds AS enterpriseId
                MATCH (e:Enterprise {id: enterpriseId})
                WHERE scopePartners IS NULL OR e IN scopePartners
                WITH enterpriseId,
                     COUNT {
                       MATCH (e)-[:SUPPLIES]->(c:Enterprise)
                       WHERE %2$s
                       RETURN DISTINCT c
                     } AS customersInScope,
                     COUNT {
                       MATCH (e)<-[:SUPPLIES]-(c:Enterprise)
                       WHERE %2$s
                       RETURN DISTINCT c
                     } AS suppliersInScope
                WHERE customersInScope > 0 OR suppliersInScope > 0
                RETURN enterpriseId, customersInScope, suppliersInScope"""
                .formatted(f.anchor("s"), f.inScope("c"));
        Map<String, Object> parameters = f.parameters();
        parameters.put("enterpriseIds", enterpriseIds);
        parameters.put("scopeSideLimit", scopeSideLimit);
        return new BuiltQuery(new CypherQuery("analysis/count_supply_ties_to_scope", text), parameters);
    }
}
