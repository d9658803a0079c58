package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements of a chain-gap report, built for a scope from fixed text: pure, no database.
 * Each aggregates in the database, so a report costs the same few statements for any number
 * of enterprises. Parameters: {@code $chainId}, {@code $asOf} (date), {@code $year} (supply
 * year) and the scope's.
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
     * of enterprises in the country, which is why it is apart from {@link #localSegmentFacts}.
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
     * The scope's figures per segment, each part starting from the scope's index so that the cost
     * follows the scope's enterprises, not the country's: rows {@code segmentId} with the
     * distinct operating enterprises of the segment's subtree in the scope (count, revenue,
     * patents, tech-tagged), the scope's enterprises of the segment itself linked by a supply edge
     * of the year to a scope enterprise of a neighbouring (SUPPLIES_TO) segment, and the R&D
     * institutions of the scope's region supporting the segment. A segment may come in several
     * rows (one per part, the other figures 0) or none (all 0).
     */
    public static BuiltQuery localSegmentFacts(ScopeCriteria scope, String chainId, LocalDate asOf, int year) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                MATCH (e:Enterprise)
                WHERE %1$s AND %2$s AND %3$s
                MATCH (e)-[:OPERATES_IN]->(:ChainSegment {chainId: $chainId})-[:CHILD_OF*0..]->(s:ChainSegment)
                WITH DISTINCT s, e
                RETURN s.id AS segmentId, count(e) AS localEnterprises, sum(coalesce(e.revenue, 0.0)) AS localRevenue,
                       sum(coalesce(e.patents, 0)) AS localPatents,
                       count(CASE WHEN any(tag IN coalesce(e.tags, []) WHERE tag IN $techTags) THEN 1 END)
                         AS localTechEnterprises,
                       0 AS linkedLocalEnterprises, 0 AS localRdInstitutions
                UNION ALL
                MATCH (e:Enterprise)
                WHERE %1$s AND %2$s
                MATCH (e)-[:OPERATES_IN]->(s:ChainSegment {chainId: $chainId})
                WHERE EXISTS {
                  MATCH (e)-[t:SUPPLIES]-(o:Enterprise)-[:OPERATES_IN]->(:ChainSegment)-[:SUPPLIES_TO]-(s)
                  WHERE t.year = $year AND o <> e AND %4$s AND %5$s
                }
                RETURN s.id AS segmentId, 0 AS localEnterprises, 0.0 AS localRevenue, 0 AS localPatents,
                       0 AS localTechEnterprises, count(DISTINCT e) AS linkedLocalEnterprises, 0 AS localRdInstitutions
                UNION ALL
                MATCH (:IndustryChain {id: $chainId})-[:HAS_SEGMENT]->(s:ChainSegment)<-[:SUPPORTS]-(i:RdInstitution)
                WHERE %6$s
                RETURN s.id AS segmentId, 0 AS localEnterprises, 0.0 AS localRevenue, 0 AS localPatents,
                       0 AS localTechEnterprises, 0 AS linkedLocalEnterprises, count(DISTINCT i) AS localRdInstitutions"""
                .formatted(f.anchor("e"), ScopeFragments.alive("e"), f.inReference("e"), f.inScope("o"),
                        ScopeFragments.alive("o"), f.inRegion("i"));
        Map<String, Object> parameters = f.reportParameters(chainId, asOf, year);
        parameters.put("techTags", ScopeFragments.TECH_TAGS);
        return new BuiltQuery(new CypherQuery("analysis/count_local_segment_facts", text), parameters);
    }

    /**
     * One row: the scope's operating enterprises in the chain, and the supply edges of the year
     * into any operating enterprise of the scope whose product belongs to the chain (see
     * {@link #EDGE_SEGMENTS}): all, and from suppliers in the scope, by count and value.
     */
    public static BuiltQuery supplyTotals(ScopeCriteria scope, String chainId, LocalDate asOf, int year) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                CALL () {
                  MATCH (e:Enterprise)
                  WHERE %1$s AND %2$s AND EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment {chainId: $chainId}) }
                  RETURN count(e) AS localEnterprises
                }
                CALL () {
                  %3$s
                  WITH DISTINCT sup, t
                  WITH t, %4$s AS local
                  RETURN count(t) AS edges, count(CASE WHEN local THEN 1 END) AS localEdges,
                         count(t.value) AS valuedEdges, sum(coalesce(t.value, 0.0)) AS value,
                         sum(CASE WHEN local THEN coalesce(t.value, 0.0) ELSE 0.0 END) AS localValue
                }
                RETURN localEnterprises, edges, localEdges, valuedEdges, value, localValue"""
                .formatted(f.anchor("e"), ScopeFragments.alive("e"),
                        QueryParts.indent(chainPurchases(f)).substring(2), f.inScope("sup"));
        return new BuiltQuery(new CypherQuery("analysis/sum_local_supply", text),
                f.reportParameters(chainId, asOf, year));
    }

    /**
     * One row per key segment whose products operating enterprises of the scope bought in the
     * year: the distinct local buyers, and per supplier whether it is in the scope, how many
     * buyers it serves and the value (null when no edge has one).
     */
    public static BuiltQuery keyInputs(ScopeCriteria scope, String chainId, LocalDate asOf, int year) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                %1$s
                MATCH (es)-[:CHILD_OF*0..]->(k:ChainSegment)
                WHERE k.keyLink = true
                WITH DISTINCT k, sup, b, t
                WITH k, count(DISTINCT b) AS localBuyerCount,
                     collect({supplierId: sup.id, inScope: %2$s, buyerId: b.id, value: t.value}) AS rows
                UNWIND rows AS row
                WITH k, localBuyerCount, row.supplierId AS supplierId, row.inScope AS inScope,
                     count(DISTINCT row.buyerId) AS buyerCount,
                     CASE WHEN count(row.value) = 0 THEN null ELSE sum(row.value) END AS value
                ORDER BY supplierId
                RETURN k.id AS segmentId, localBuyerCount,
                       collect({enterpriseId: supplierId, inScope: inScope, buyerCount: buyerCount, value: value})
                         AS suppliers
                ORDER BY segmentId"""
                .formatted(chainPurchases(f), f.inScope("sup"));
        return new BuiltQuery(new CypherQuery("analysis/find_key_inputs", text),
                f.reportParameters(chainId, asOf, year));
    }
}
