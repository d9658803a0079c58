package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a gap report lists under each segment, for many segments in one statement ({@code $keys}
 * are segment ids): the scope's enterprises alive at a date (of the segment's whole subtree, as
 * counted in the report), and the scope's projects serving the segment. Pure, no database.
 */
public final class SegmentListQueries {

    private static final String LOCAL_ENTERPRISES = """
            MATCH (d:ChainSegment)-[:CHILD_OF*0..]->(:ChainSegment {id: key})
            MATCH (d)<-[:OPERATES_IN]-(e:Enterprise)
            WHERE %s AND %s
            WITH DISTINCT e""";

    private SegmentListQueries() {
    }

    /** Rows {@code key, items}: a page of enterprises per segment, biggest revenue first. */
    public static BuiltQuery enterprisePages(ScopeCriteria scope, LocalDate asOf, PageRequest page, List<String> keys) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + QueryParts.indent(localEnterprises(f))
                + "\n  RETURN e\n  ORDER BY e.revenue IS NULL, e.revenue DESC, e.id\n  SKIP $offset LIMIT $limit\n}"
                + "\nRETURN key, collect(e) AS items";
        Map<String, Object> parameters = f.parameters();
        parameters.put("asOf", asOf);
        parameters.put("keys", keys);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        return new BuiltQuery(new CypherQuery("analysis/list_local_enterprises_per_segment", text), parameters);
    }

    /** Rows {@code key, total}: the number of such enterprises per segment. */
    public static BuiltQuery enterpriseCounts(ScopeCriteria scope, LocalDate asOf, List<String> keys) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + QueryParts.indent(localEnterprises(f))
                + "\n  RETURN count(e) AS total\n}\nRETURN key, total";
        Map<String, Object> parameters = f.parameters();
        parameters.put("asOf", asOf);
        parameters.put("keys", keys);
        return new BuiltQuery(new CypherQuery("analysis/count_local_enterprises_per_segment", text), parameters);
    }

    /** Rows {@code key, item}: the scope's projects at one of {@code $stages} serving each segment, with the role. */
    public static BuiltQuery servingProjects(ScopeCriteria scope, List<String> stages, List<String> keys) {
        ScopeFragments f = new ScopeFragments(scope);
        String text = """
                UNWIND $keys AS key
                MATCH (p:Project)-[x:SERVES]->(:ChainSegment {id: key})
                WHERE %s AND p.stage IN $stages
                RETURN key, {project: p, role: x.role} AS item
                ORDER BY key, p.id""".formatted(f.inScope("p"));
        Map<String, Object> parameters = f.parameters();
        parameters.put("stages", stages);
        parameters.put("keys", keys);
        return new BuiltQuery(new CypherQuery("analysis/find_projects_serving_segments", text), parameters);
    }

    private static String localEnterprises(ScopeFragments f) {
        return LOCAL_ENTERPRISES.formatted(f.inScope("e"), ScopeFragments.alive("e"));
    }
}
