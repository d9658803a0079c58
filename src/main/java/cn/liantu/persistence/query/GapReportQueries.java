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
     * The segments of the chain a supply edge {@code t} from {@code sup} delivers to: its
     * product's segments when the product is placed in any segment (so a product of another chain
     * delivers to none of this one), else the supplier's segments in the chain.
     */
    static final String EDGE_SEGMENTS = """
            CALL (sup, t) {
              OPTIONAL MATCH (:Product {id: t.productId})-[:IN_SEGMENT]->(ps:ChainSegment)
              WITH sup, collect(ps) AS productSegments
              OPTIONAL MATCH (sup)-[:OPERATES_IN]->(ss:ChainSegment {chainId: $chainId})
              WITH productSegments, collect(ss) AS supplierSegments
              UNWIND CASE WHEN size(productSegments) > 0 THEN [p IN productSegments WHERE p.chainId = $chainId]
                     ELSE supplierSegments END AS es
              RETURN es
            }""";

    private GapReportQueries() {
    }

    /**
     * Rows {@code b, sup, t, es}: every supply edge {@code t} of {@code $year} into an operating
     * enterprise {@code b} of the scope, with each segment {@code es} of the chain it delivers to.
     * Starts from the scope's index.
     */
    static String chainPurchases(ScopeFragments f) {
        return """
                MATCH (b:Enterprise)
                WHERE %s AND %s
                MATCH (sup:Enterprise)-[t:SUPPLIES]->(b)
                WHERE t.year = $year
                %s""".formatted(f.anchor("b"), ScopeFragments.alive("b"), EDGE_SEGMENTS);
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
     * One row: {@code rdInstitutions}, per segment of the chain the R&D institutions of the scope's
     * region supporting it; and {@code enterprises}, every operating enterprise of the scope that
     * operates in the chain or bought the chain's products in the year, with the facts
     * {@link cn.liantu.analysis.ScopeEnterprise} holds. One pass over the scope's enterprises from
     * its index serves every local figure of the report, which the analysis then counts.
     *
     * @param productSegments for every product placed in any segment, the ids of its segments in
     *                        this chain (none for a product of other chains only): a supply edge
     *                        delivers to its product's segments, or, when its product is placed
     *                        nowhere, to its supplier's segments in the chain
     */
    public static BuiltQuery localChainFacts(ScopeCriteria scope, String chainId, LocalDate asOf, int year,
                                             Map<String, List<String>> productSegments) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                CALL () {
                  MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:SUPPORTS]-(i:RdInstitution)
                  WHERE %1$s
                  WITH s, count(DISTINCT i) AS institutions
                  RETURN collect({segmentId: s.id, institutions: institutions}) AS rdInstitutions
                }
                CALL () {
                  MATCH (e:Enterprise)
                  WHERE %2$s AND %3$s
                  CALL (e) {
                    MATCH (e)-[:OPERATES_IN]->(s:ChainSegment {chainId: $chainId})
                    WITH s, EXISTS {
                      MATCH (e)-[t:SUPPLIES]-(o:Enterprise)-[:OPERATES_IN]->(:ChainSegment)-[:SUPPLIES_TO]-(s)
                      WHERE t.year = $year AND o <> e AND %4$s AND %5$s
                    } AS linked
                    RETURN collect(s.id) AS segmentIds, collect(CASE WHEN linked THEN s.id END) AS linkedSegmentIds
                  }
                  CALL (e) {
                    MATCH (sup:Enterprise)-[t:SUPPLIES]->(e)
                    WHERE t.year = $year
                    WITH sup, t, $productSegments[t.productId] AS productSegmentIds
                    WITH sup, t, CASE WHEN productSegmentIds IS NULL
                                      THEN COLLECT { MATCH (sup)-[:OPERATES_IN]->(ss:ChainSegment {chainId: $chainId})
                                                     RETURN ss.id }
                                      ELSE productSegmentIds END AS deliveredTo
                    WHERE size(deliveredTo) > 0
                    RETURN collect({supplierId: sup.id, supplierInScope: %6$s, value: t.value, segmentIds: deliveredTo})
                      AS purchases
                  }
                  WITH e, segmentIds, linkedSegmentIds, purchases
                  WHERE size(segmentIds) > 0 OR size(purchases) > 0
                  RETURN collect({id: e.id, inReference: coalesce(%7$s, false), revenue: coalesce(e.revenue, 0.0),
                                  patents: coalesce(e.patents, 0),
                                  tech: any(tag IN coalesce(e.tags, []) WHERE tag IN $techTags),
                                  segmentIds: segmentIds, linkedSegmentIds: linkedSegmentIds, purchases: purchases})
                    AS enterprises
                }
                RETURN rdInstitutions, enterprises"""
                .formatted(f.inRegion("i"), f.anchor("e"), ScopeFragments.alive("e"), f.inScope("o"),
                        ScopeFragments.alive("o"), f.inScope("sup"), f.inReference("e"));
        Map<String, Object> parameters = f.reportParameters(chainId, asOf, year);
        parameters.put("techTags", ScopeFragments.TECH_TAGS);
        parameters.put("productSegments", productSegments);
        return new BuiltQuery(new CypherQuery("analysis/find_local_chain_facts", text), parameters);
    }
}
