package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The two statements of supply-demand matching, built for a scope: pure, no database.
 */
public final class MatchQueries {

    private MatchQueries() {
    }

    /**
     * One row per operating enterprise of the scope and segment of the chain whose products it
     * bought in {@code $year} from outside the scope, where that segment feeds (SUPPLIES_TO) a
     * segment the buyer operates in; with the enterprises in the scope that already supply it.
     */
    public static BuiltQuery needs(ScopeCriteria scope, String chainId, LocalDate asOf, int year,
                                   Map<String, List<String>> productSegments) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                %1$s
                UNWIND deliveredTo AS segmentId
                MATCH (es:ChainSegment {id: segmentId})
                WITH DISTINCT b, es, sup, t
                WHERE NOT %2$s AND EXISTS { (b)-[:OPERATES_IN]->(:ChainSegment)<-[:SUPPLIES_TO]-(es) }
                WITH b, es, count(DISTINCT sup) AS outsideSuppliers, count(t) AS outsideEdges,
                     CASE WHEN count(t.value) = 0 THEN null ELSE sum(t.value) END AS outsideValue,
                     collect(DISTINCT t.product) AS products
                CALL (b) {
                  OPTIONAL MATCH (l:Enterprise)-[lt:SUPPLIES]->(b)
                  WHERE lt.year = $year AND %3$s
                  RETURN collect(DISTINCT l.id) AS currentLocalSupplierIds
                }
                RETURN b.id AS buyerId, b.name AS buyerName, es.id AS segmentId, es.name AS segmentName,
                       outsideSuppliers, outsideEdges, outsideValue, products, currentLocalSupplierIds
                ORDER BY buyerId, segmentId"""
                .formatted(GapReportQueries.chainPurchases(f), f.inScope("sup"), f.inScope("l"));
        Map<String, Object> parameters = f.reportParameters(chainId, asOf, year);
        parameters.put("productSegments", productSegments);
        return new BuiltQuery(new CypherQuery("analysis/find_outside_purchases", text), parameters);
    }

    /** Rows per segment of {@code $segmentIds}: its biggest {@code $perSegment} operating enterprises in the scope. */
    public static BuiltQuery localSuppliers(ScopeCriteria scope, LocalDate asOf, List<String> segmentIds,
                                            int perSegment) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                UNWIND $segmentIds AS segmentId
                MATCH (x:ChainSegment {id: segmentId})
                CALL (x) {
                  MATCH (x)<-[:OPERATES_IN]-(s:Enterprise)
                  WHERE %s AND %s
                  RETURN s
                  ORDER BY s.revenue IS NULL, s.revenue DESC, s.id
                  LIMIT $perSegment
                }
                RETURN x.id AS segmentId, s.id AS enterpriseId, s.name AS name, s.revenue AS revenue"""
                .formatted(f.inScope("s"), ScopeFragments.alive("s"));
        Map<String, Object> parameters = f.parameters();
        parameters.put("asOf", asOf);
        parameters.put("segmentIds", segmentIds);
        parameters.put("perSegment", perSegment);
        return new BuiltQuery(new CypherQuery("analysis/find_local_suppliers", text), parameters);
    }
}
