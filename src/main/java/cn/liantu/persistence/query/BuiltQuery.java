package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.util.Map;

/** A statement built for one request, with its parameters. */
public record BuiltQuery(CypherQuery query, Map<String, Object> parameters) {
}
