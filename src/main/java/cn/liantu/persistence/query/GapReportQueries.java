package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The statements of a chain-gap report, built for a scope from fixed text: pure, no database.
 * A report costs the same few statements for any number of enterprises. Parameters:
 * {@code $chainId}, {@code $asOf} (date), {@code $year} (supply year) and the scope's.
 */
public final class GapReportQueries {

    /**
     * Adds to rows with a supply edge {@code t} from {@code sup} the ids {@code deliveredTo} of the
     * chain's segments it delivers to, and keeps those that deliver to any: its product's segments
     * in the chain when the product is placed in any segment (so a product of other chains only
     * delivers to none), else the supplier's segments in the chain. The placements come in
     * {@code $productSegments} (product id → its segment ids in the chain, for every placed
     * product), so only an edge whose product is placed nowhere looks at the database; the
     * COLLECT in the CASE runs for those edges only.
     */
    static final String DELIVERED_TO = """
            WITH *, $productSegments[t.productId] AS productSegmentIds
            WITH *, CASE WHEN productSegmentIds IS NULL
                         THEN COLLECT { MATCH (sup)-[:OPERATES_IN]->(ss:ChainSegment {chainId: $chainId}) RETURN ss.id }
                         ELSE productSegmentIds END AS deliveredTo
            WHERE size(deliveredTo) > 0""";

    private GapReportQueries() {
    }

    /**
     * Rows {@code b, sup, t, deliveredTo}: every supply edge {@code t} of {@code $year} into an
     * operating enterprise {@code b} of the scope that delivers to segments of the chain, with
     * their ids (see {@link #DELIVERED_TO}). Starts from the scope's index.
     */
    static String chainPurchases(ScopeFragments f) {
        return """
                MATCH (b:Enterprise)
                WHERE %s AND %s
                MATCH (sup:Enterprise)-[t:SUPPLIES]->(b)
                WHERE t.year = $year
                %s""".formatted(f.anchor("b"), ScopeFragments.alive("b"), DELIVERED_TO);
    }

    /**
     * One row per segment of the chain: the distinct operating enterprises of its subtree in the
     * reference country and their revenue. The same for every scope of a country, so the
     * repository keeps it for a while (see {@code GapReportRepository}); it grows with the number
     * of enterprises in the country, which is why it is apart from {@link #localChainFacts}.
     */
    public static BuiltQuery nationalSegmentFacts(ScopeCriteria scope, String chainId, LocalDate asOf) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)
                CALL (s) {
                  MATCH (d:ChainSegment)-[:CHILD_OF*0..]->(s)
                  MATCH (d)<-[:OPERATES_IN]-(e:Enterprise)
                  WHERE %1$s AND %2$s
                  WITH DISTINCT e
                  RETURN count(e) AS nationalEnterprises, sum(coalesce(e.revenue, 0.0)) AS nationalRevenue
                }
                RETURN s.id AS segmentId, nationalEnterprises, nationalRevenue"""
                .formatted(ScopeFragments.alive("e"), f.inReference("e"));
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("chainId", chainId);
        parameters.put("asOf", asOf);
        if (scope.referenceCountry() != null) {
            parameters.put("referenceCountry", scope.referenceCountry());
        }
        return new BuiltQuery(new CypherQuery("analysis/count_national_segment_facts", text), parameters);
    }

    /**
     * Rows {@code e, purchases}: each operating enterprise of the scope that a chain-gap report
     * looks at (a superset of those operating in the chain or buying its products in the year),
     * with its purchases of the year delivering to the chain, as maps {@code supplierId,
     * supplierInScope, value, segmentIds}.
     *
     * <p>A province, city or county finds them by the keys copied onto the edges (relationship
     * indexes, migrations/V0007 and V0008): the chain's OPERATES_IN edges in the region give its
     * operators, the year's purchases into the region of the chain's products (and of products
     * placed nowhere, or none) give the buyers together with their purchases, so nothing grows with
     * the region's other enterprises or their other purchases. The node's own code and dates are
     * checked again, so a stale copy can leave an enterprise out, never add a wrong one (an
     * OPERATES_IN edge carries the same code properties as its enterprise, so {@code anchor}
     * applies to it). Otherwise every enterprise of the scope is walked from its index, with its
     * purchases.
     */
    static String scopeEnterprises(ScopeFragments f, boolean fromEdges) {
        String purchase = "{supplierId: sup.id, supplierInScope: %s, value: t.value, segmentIds: deliveredTo}"
                .formatted(f.inScope("sup"));
        if (!fromEdges) {
            return """
                    MATCH (e:Enterprise)
                    WHERE %1$s AND %2$s
                    CALL (e) {
                      MATCH (sup:Enterprise)-[t:SUPPLIES]->(e)
                      WHERE t.year = $year
                      %3$s
                      RETURN collect(%4$s) AS purchases
                    }""".formatted(f.anchor("e"), ScopeFragments.alive("e"), DELIVERED_TO.replace("\n", "\n  "),
                    purchase);
        }
        return """
                CALL () {
                  MATCH (e)-[o:OPERATES_IN]->()
                  WHERE o.chainId = $chainId AND %1$s
                  RETURN DISTINCT e, [] AS purchases
                  UNION ALL
                  MATCH (sup)-[t:SUPPLIES]->(e)
                  WHERE t.year = $year AND %2$s AND t.catalogProductId IN $purchaseKeys
                  %3$s
                  RETURN e, collect(%4$s) AS purchases
                }
                WITH e, collect(purchases) AS purchaseLists
                WHERE %5$s AND %6$s
                WITH e, reduce(found = [], list IN purchaseLists | found + list) AS purchases"""
                .formatted(f.anchor("o"), f.customerAnchor("t"), DELIVERED_TO.replace("\n", "\n  "), purchase,
                        f.anchor("e"), ScopeFragments.alive("e"));
    }

    /**
     * One row: {@code rdInstitutions}, per segment of the chain the R&D institutions of the scope's
     * region supporting it; and {@code enterprises}, every operating enterprise of the scope that
     * operates in the chain or bought the chain's products in the year, with the facts
     * {@link cn.liantu.analysis.ScopeEnterprise} holds. One pass over the scope's enterprises
     * {@linkplain #scopeEnterprises that may count} serves every local figure of the report, which
     * the analysis then counts.
     *
     * @param products what the chain's supply edges deliver to (see {@link #DELIVERED_TO})
     */
    public static BuiltQuery localChainFacts(ScopeCriteria scope, String chainId, LocalDate asOf, int year,
                                             ChainProducts products) {
        return localChainFacts(scope, chainId, asOf, year, products, new ScopeFragments(scope).foundFromEdges());
    }

    /** With {@code fromEdges} false, the scope's enterprises are walked from the node index whatever the scope. */
    static BuiltQuery localChainFacts(ScopeCriteria scope, String chainId, LocalDate asOf, int year,
                                      ChainProducts products, boolean fromEdges) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                CALL () {
                  MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:SUPPORTS]-(i:RdInstitution)
                  WHERE %1$s
                  WITH s, count(DISTINCT i) AS institutions
                  RETURN collect({segmentId: s.id, institutions: institutions}) AS rdInstitutions
                }
                CALL () {
                  %2$s
                  CALL (e) {
                    MATCH (e)-[:OPERATES_IN]->(s:ChainSegment {chainId: $chainId})
                    WITH s, EXISTS {
                      MATCH (e)-[t:SUPPLIES]-(o:Enterprise)-[:OPERATES_IN]->(:ChainSegment)-[:SUPPLIES_TO]-(s)
                      WHERE t.year = $year AND o <> e AND %3$s AND %4$s
                    } AS linked
                    RETURN collect(s.id) AS segmentIds, collect(CASE WHEN linked THEN s.id END) AS linkedSegmentIds
                  }
                  WITH e, segmentIds, linkedSegmentIds, purchases
                  WHERE size(segmentIds) > 0 OR size(purchases) > 0
                  RETURN collect({id: e.id, inReference: coalesce(%5$s, false), revenue: coalesce(e.revenue, 0.0),
                                  patents: coalesce(e.patents, 0),
                                  tech: any(tag IN coalesce(e.tags, []) WHERE tag IN $techTags),
                                  segmentIds: segmentIds, linkedSegmentIds: linkedSegmentIds, purchases: purchases})
                    AS enterprises
                }
                RETURN rdInstitutions, enterprises"""
                .formatted(f.inRegion("i"), scopeEnterprises(f, fromEdges).replace("\n", "\n  "), f.inScope("o"),
                        ScopeFragments.alive("o"), f.inReference("e"));
        Map<String, Object> parameters = f.reportParameters(chainId, asOf, year);
        parameters.put("techTags", ScopeFragments.TECH_TAGS);
        parameters.put("productSegments", products.segmentsByProduct());
        if (fromEdges) {
            parameters.put("purchaseKeys", products.purchaseKeys());
        }
        return new BuiltQuery(new CypherQuery("analysis/find_local_chain_facts", text), parameters);
    }
}
