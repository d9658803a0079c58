package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the Cypher of park lists: pure, no database. */
public final class ParkQueries {

    private ParkQueries() {
    }

    public static BuiltQuery page(ParkCriteria criteria, List<SortKey> order, PageRequest page) {
        QueryParts parts = match(criteria);
        Map<String, Object> parameters = new LinkedHashMap<>(parts.parameters);
        parameters.put("offset", page.offset());
        parameters.put("limit", page.limit());
        String text = "MATCH (p:Park)" + parts.whereClause() + "\nRETURN p AS item\n"
                + QueryParts.orderBy("p", order) + "\nSKIP $offset LIMIT $limit";
        return new BuiltQuery(new CypherQuery("park/list_parks", text), parameters);
    }

    public static BuiltQuery count(ParkCriteria criteria) {
        QueryParts parts = match(criteria);
        return new BuiltQuery(new CypherQuery("park/count_parks",
                "MATCH (p:Park)" + parts.whereClause() + "\nRETURN count(p) AS total"), parts.parameters);
    }

    private static QueryParts match(ParkCriteria c) {
        QueryParts parts = new QueryParts();
        if (c.regionCode() != null) {
            parts.where("p." + RegionScopes.codeProperty(c.regionLevel()) + " = %s", "regionCode", c.regionCode());
        }
        parts.where("p.level = %s", "level", c.level() == null ? null : c.level().name());
        parts.where("p.type = %s", "type", c.type() == null ? null : c.type().name());
        parts.where("EXISTS { (p)-[:LEADS_IN]->(:IndustryChain {id: %s}) }", "chainId", c.chainId());
        parts.where("p.name CONTAINS %s", "nameContains", c.nameContains());
        return parts;
    }
}
