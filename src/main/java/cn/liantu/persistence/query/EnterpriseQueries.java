package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.CypherQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Cypher of enterprise lists from criteria, sort keys and a page: pure, no database.
 * The match starts where an index is most selective (segment, park, region, chain), the other
 * criteria become predicates, and only fixed fragments enter the text: values are parameters.
 *
 * <p>"Per key" variants serve nested lists (a region's, park's or segment's enterprises) for many
 * parents in one statement: {@code UNWIND $keys AS key} and the anchor compares with {@code key}.
 */
public final class EnterpriseQueries {

    /** The parent a nested enterprise list hangs from. */
    public enum Anchor { REGION, PARK, SEGMENT }

    private EnterpriseQueries() {
    }

    /**
     * Relations a list brings with each enterprise, so that their loaders need no statement of
     * their own. They must match what the loaders' statements return:
     * {@code enterprise/find_segments_of_enterprises} and {@code park/find_parks_by_ids}.
     */
    public record Inline(boolean segments, boolean park) {
        public static final Inline NONE = new Inline(false, false);

        public boolean any() {
            return segments || park;
        }
    }

    /** A page: rows {@code item}, the enterprise, or with inlined relations {@code {enterprise, segments, park}}. */
    public static BuiltQuery page(EnterpriseCriteria criteria, List<SortKey> order, PageRequest page, Inline inline) {
        Match match = match(criteria, null);
        String text;
        if (inline.any()) {
            text = match.text + "\nWITH e\n" + orderBy(order) + "\nSKIP $offset LIMIT $limit\nRETURN {enterprise: e"
                    + (inline.segments() ? ",\n  segments: COLLECT { MATCH (e)-[:OPERATES_IN]->(s:ChainSegment)"
                            + " RETURN s ORDER BY s.chainId, s.id }" : "")
                    + (inline.park() ? ",\n  park: COLLECT { MATCH (p:Park {id: e.parkId}) RETURN p }" : "")
                    + "} AS item";
        } else {
            text = match.text + "\nRETURN e AS item\n" + orderBy(order) + "\nSKIP $offset LIMIT $limit";
        }
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return new BuiltQuery(new CypherQuery("enterprise/list_enterprises", text), parameters);
    }

    public static BuiltQuery count(EnterpriseCriteria criteria) {
        Match match = match(criteria, null);
        return new BuiltQuery(new CypherQuery("enterprise/count_enterprises", match.text + "\nRETURN count(e) AS total"),
                match.parameters);
    }

    /** A page per key: rows {@code key, items}. The anchor criterion is taken from the key. */
    public static BuiltQuery pagePerKey(Anchor anchor, EnterpriseCriteria criteria, List<SortKey> order,
                                   PageRequest page, List<?> keys) {
        Match match = match(criteria, anchor);
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + indent(match.text) + "\n  RETURN e\n  "
                + orderBy(order) + "\n  SKIP $offset LIMIT $limit\n}\nRETURN key, collect(e) AS items";
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters);
        parameters.put("keys", keys);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return new BuiltQuery(new CypherQuery("enterprise/list_enterprises_per_parent", text), parameters);
    }

    public static BuiltQuery countPerKey(Anchor anchor, EnterpriseCriteria criteria, List<?> keys) {
        if (anchor == Anchor.SEGMENT && startsFromScope(criteria)) {
            return countPerSegmentFromScope(criteria, keys);
        }
        Match match = match(criteria, anchor);
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + indent(match.text)
                + "\n  RETURN count(e) AS total\n}\nRETURN key, total";
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters);
        parameters.put("keys", keys);
        return new BuiltQuery(new CypherQuery("enterprise/count_enterprises_per_parent", text), parameters);
    }

    /**
     * Whether counts per segment should start from the scope rather than from each segment: a
     * park holds far fewer enterprises than a segment has in the country, and a province, city or
     * county is found from its chains' edges, which hold only the chain's enterprises there (a
     * chain tree with the city's count in every segment); the gap grows with the data.
     */
    private static boolean startsFromScope(EnterpriseCriteria c) {
        return c.parkId() != null || c.regionCode() != null && c.regionLevel() != RegionLevel.COUNTRY;
    }

    /**
     * Rows {@code key, total} for the segments of {@code $keys} that have enterprises: in a
     * province, city or county from the edges (see {@link #countPerSegmentFromEdges}); in a park the park's
     * enterprises, each followed to its segments, with a hint that keeps the planner from starting
     * at the segments, which it may estimate to be cheaper.
     */
    private static BuiltQuery countPerSegmentFromScope(EnterpriseCriteria criteria, List<?> keys) {
        EnterpriseCriteria scoped = criteria.withSegment(null);
        if (scoped.parkId() == null) {
            return countPerSegmentFromEdges(scoped, keys);
        }
        return countPerSegmentFromScopeIndex(scoped, keys);
    }

    /** The same rows from the scope's node index: every enterprise of the scope followed to its segments. */
    static BuiltQuery countPerSegmentFromScopeIndex(EnterpriseCriteria scoped, List<?> keys) {
        Match match = match(scoped, null, true);
        String text = match.text + "\nMATCH (e)-[:OPERATES_IN]->(s:ChainSegment)\nWHERE s.id IN $keys\nRETURN s.id AS key, count(e) AS total";
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters);
        parameters.put("keys", keys);
        return new BuiltQuery(new CypherQuery("enterprise/count_enterprises_per_segment_in_scope", text), parameters);
    }

    /**
     * The same rows for a province, city or county: its enterprises in the segments' chains are
     * found by the chain and region code their OPERATES_IN edges carry (a relationship index,
     * migrations/V0007), not by walking every enterprise of the region; the enterprise's own
     * properties are checked as in any list.
     */
    private static BuiltQuery countPerSegmentFromEdges(EnterpriseCriteria scoped, List<?> keys) {
        String edges = """
                MATCH (x:ChainSegment)
                WHERE x.id IN $keys
                WITH DISTINCT x.chainId AS chainId
                MATCH (e)-[o:OPERATES_IN]->(s)""";
        List<String> edgePredicates = List.of("o.chainId = chainId",
                "o." + RegionScopes.codeProperty(scoped.regionLevel()) + " = $regionCode", "s.id IN $keys");
        Match match = match(scoped, null, false, edges, edgePredicates);
        String text = match.text + "\nRETURN s.id AS key, count(e) AS total";
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters);
        parameters.put("keys", keys);
        return new BuiltQuery(new CypherQuery("enterprise/count_enterprises_per_segment_from_edges", text), parameters);
    }

    private record Match(String text, Map<String, Object> parameters) {
    }

    private static Match match(EnterpriseCriteria c, Anchor anchor) {
        return match(c, anchor, false);
    }

    /** With {@code hintScope}, a match starting from a park or region tells the planner to seek its index. */
    private static Match match(EnterpriseCriteria c, Anchor anchor, boolean hintScope) {
        return match(c, anchor, hintScope, null, List.of());
    }

    /**
     * With {@code regionStart}, a match by region alone starts there instead, its
     * {@code startPredicates} first in the WHERE clause.
     */
    private static Match match(EnterpriseCriteria c, Anchor anchor, boolean hintScope, String regionStart,
                               List<String> startPredicates) {
        QueryParts parts = new QueryParts();
        String segment = anchor == Anchor.SEGMENT ? "key" : parts.bind("segmentId", c.segmentId());
        String park = anchor == Anchor.PARK ? "key" : parts.bind("parkId", c.parkId());
        String region = anchor == Anchor.REGION ? "key" : parts.bind("regionCode", c.regionCode());
        if (region != null && c.regionLevel() == null) {
            throw new IllegalArgumentException("A region criterion needs the region's level");
        }
        String regionPredicate = region == null ? null
                : "e." + RegionScopes.codeProperty(c.regionLevel()) + " = " + region;
        String start;
        if (segment != null) {
            start = "MATCH (:ChainSegment {id: " + segment + "})<-[:OPERATES_IN]-(e:Enterprise)";
            addIf(parts, park != null, "e.parkId = " + park);
            addIf(parts, region != null, regionPredicate);
        } else if (park != null) {
            start = "MATCH (e:Enterprise {parkId: " + park + "})" + (hintScope ? " USING INDEX e:Enterprise(parkId)" : "");
            addIf(parts, region != null, regionPredicate);
        } else if (regionStart != null && region != null) {
            start = regionStart;
            parts.predicates.addAll(startPredicates);
            parts.predicates.add(regionPredicate);
        } else {
            start = "MATCH (e:Enterprise)" + (hintScope && region != null
                    ? " USING INDEX e:Enterprise(" + RegionScopes.codeProperty(c.regionLevel()) + ")" : "");
            addIf(parts, region != null, regionPredicate);
        }
        parts.where("EXISTS { (e)-[:OPERATES_IN]->(:ChainSegment {chainId: %s}) }", "chainId", c.chainId());
        parts.where("any(tag IN e.tags WHERE tag IN %s)", "tags",
                c.tags() == null ? null : c.tags().stream().map(Enum::name).toList());
        parts.where("e.ownership = %s", "ownership", c.ownership() == null ? null : c.ownership().name());
        parts.where("e.name CONTAINS %s", "nameContains", c.nameContains());
        parts.where("e.revenue >= %s", "revenueMin", c.revenueMin());
        parts.where("e.revenue <= %s", "revenueMax", c.revenueMax());
        addIf(parts, Boolean.TRUE.equals(c.operating()), "e.closedOn IS NULL");
        addIf(parts, Boolean.FALSE.equals(c.operating()), "e.closedOn IS NOT NULL");
        return new Match(start + parts.whereClause(), parts.parameters);
    }

    private static String orderBy(List<SortKey> order) {
        return QueryParts.orderBy("e", order);
    }

    private static void addIf(QueryParts parts, boolean condition, String predicate) {
        if (condition) {
            parts.predicates.add(predicate);
        }
    }

    private static String indent(String text) {
        return QueryParts.indent(text);
    }
}
