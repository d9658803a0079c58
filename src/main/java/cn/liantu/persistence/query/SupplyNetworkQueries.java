package cn.liantu.persistence.query;

import cn.liantu.analysis.SupplyDirection;
import cn.liantu.persistence.CypherQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The supply links around an enterprise up to a number of tiers, built from fixed fragments:
 * pure, no database. The database finds the enterprises within {@code maxTiers - 1} steps
 * (each once) and returns every link one step further, summed per pair, with what the caller
 * filters on about the far end; the tiers and paths are then worked out in memory.
 */
public final class SupplyNetworkQueries {

    /** The largest number of tiers a walk may take. */
    public static final int MAX_TIERS = 4;

    private SupplyNetworkQueries() {
    }

    /**
     * Rows {@code nearId, farId, value, products, inScope, inSegment, revenue}: the far end is the
     * supplier (UPSTREAM) or customer (DOWNSTREAM) of the near end. {@code scope} and
     * {@code segmentId} may be null: inScope is then false and inSegment true.
     */
    public static BuiltQuery links(String enterpriseId, SupplyDirection direction, int maxTiers, Integer year,
                                   ScopeCriteria scope, String segmentId) {
        if (maxTiers < 1 || maxTiers > MAX_TIERS) {
            throw new IllegalArgumentException("maxTiers must be between 1 and " + MAX_TIERS);
        }
        String reach = direction == SupplyDirection.UPSTREAM ? "<-[:SUPPLIES*0.." + (maxTiers - 1) + "]-"
                : "-[:SUPPLIES*0.." + (maxTiers - 1) + "]->";
        String step = direction == SupplyDirection.UPSTREAM ? "<-[t:SUPPLIES]-" : "-[t:SUPPLIES]->";
        Map<String, Object> parameters = new LinkedHashMap<>();
        String inScope = "false";
        if (scope != null) {
            ScopeFragments f = new ScopeFragments(scope);
            parameters.putAll(f.parameters());
            inScope = f.inScope("far");
        }
        String inSegment = "true";
        if (segmentId != null) {
            parameters.put("segmentId", segmentId);
            inSegment = "EXISTS { (far)-[:OPERATES_IN]->(:ChainSegment {id: $segmentId}) }";
        }
        parameters.put("id", enterpriseId);
        parameters.put("year", year);
        String text = """
                MATCH (root:Enterprise {id: $id})%s(near:Enterprise)
                WITH DISTINCT near
                MATCH (near)%s(far:Enterprise)
                WHERE $year IS NULL OR t.year = $year
                WITH near, far, CASE WHEN count(t.value) = 0 THEN null ELSE sum(t.value) END AS value,
                     collect(DISTINCT t.product) AS products
                RETURN near.id AS nearId, far.id AS farId, value, products, %s AS inScope, %s AS inSegment,
                       far.revenue AS revenue
                ORDER BY nearId, farId""".formatted(reach, step, inScope, inSegment);
        return new BuiltQuery(new CypherQuery("analysis/find_supply_links_" + direction.name().toLowerCase()
                + "_" + maxTiers, text), parameters);
    }
}
