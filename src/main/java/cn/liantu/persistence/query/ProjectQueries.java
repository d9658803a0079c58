package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the Cypher of project lists: pure, no database. The "per park" variants serve a park's
 * projects for many parks in one statement.
 */
public final class ProjectQueries {

    private ProjectQueries() {
    }

    public static BuiltQuery page(ProjectCriteria criteria, List<SortKey> order, PageRequest page) {
        Match match = match(criteria, false);
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters());
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        String text = match.text() + "\nRETURN p AS item\n" + QueryParts.orderBy("p", order)
                + "\nSKIP $offset LIMIT $limit";
        return new BuiltQuery(new CypherQuery("project/list_projects", text), parameters);
    }

    public static BuiltQuery count(ProjectCriteria criteria) {
        Match match = match(criteria, false);
        return new BuiltQuery(new CypherQuery("project/count_projects",
                match.text() + "\nRETURN count(p) AS total"), match.parameters());
    }

    public static BuiltQuery pagePerPark(ProjectCriteria criteria, List<SortKey> order, PageRequest page,
                                                      List<?> parkIds) {
        Match match = match(criteria, true);
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters());
        parameters.put("keys", parkIds);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + QueryParts.indent(match.text()) + "\n  RETURN p\n  "
                + QueryParts.orderBy("p", order) + "\n  SKIP $offset LIMIT $limit\n}\nRETURN key, collect(p) AS items";
        return new BuiltQuery(new CypherQuery("project/list_projects_per_park", text), parameters);
    }

    public static BuiltQuery countPerPark(ProjectCriteria criteria, List<?> parkIds) {
        Match match = match(criteria, true);
        Map<String, Object> parameters = new LinkedHashMap<>(match.parameters());
        parameters.put("keys", parkIds);
        String text = "UNWIND $keys AS key\nCALL (key) {\n" + QueryParts.indent(match.text())
                + "\n  RETURN count(p) AS total\n}\nRETURN key, total";
        return new BuiltQuery(new CypherQuery("project/count_projects_per_park", text), parameters);
    }

    private record Match(String text, Map<String, Object> parameters) {
    }

    private static Match match(ProjectCriteria c, boolean perPark) {
        QueryParts parts = new QueryParts();
        String start;
        if (perPark) {
            start = "MATCH (p:Project {parkId: key})";
        } else if (c.parkId() != null) {
            start = "MATCH (p:Project {parkId: " + parts.bind("parkId", c.parkId()) + "})";
        } else {
            start = "MATCH (p:Project)";
        }
        if (c.regionCode() != null) {
            parts.where("p." + RegionScopes.codeProperty(c.regionLevel()) + " = %s", "regionCode", c.regionCode());
        }
        parts.where("p.stage IN %s", "stages", c.stages() == null ? null : c.stages().stream().map(Enum::name).toList());
        parts.where("p.chainId = %s", "chainId", c.chainId());
        parts.where("p.responsible = %s", "responsible", c.responsible());
        parts.where("p.signedOn >= %s", "signedFrom", c.signedFrom());
        parts.where("p.signedOn <= %s", "signedTo", c.signedTo());
        parts.where("p.name CONTAINS %s", "nameContains", c.nameContains());
        return new Match(start + parts.whereClause(), parts.parameters);
    }
}
