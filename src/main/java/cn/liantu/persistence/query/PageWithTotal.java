package cn.liantu.persistence.query;

import cn.liantu.persistence.CypherQuery;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A list's page and its total in one statement: one round trip instead of two. Combines a page
 * statement (rows with an {@code item} column) and a count statement (one row, {@code total}) of
 * the same filter into one row {@code total, items}; the items keep the page's order.
 */
public final class PageWithTotal {

    private PageWithTotal() {
    }

    public static BuiltQuery of(BuiltQuery page, BuiltQuery count) {
        String text = "CALL () {\n" + QueryParts.indent(count.query().text()) + "\n}\nOPTIONAL CALL () {\n"
                + QueryParts.indent(page.query().text()) + "\n}\nRETURN total, collect(item) AS items";
        Map<String, Object> parameters = new LinkedHashMap<>(count.parameters());
        parameters.putAll(page.parameters());
        return new BuiltQuery(new CypherQuery(page.query().name() + "_with_total", text), parameters);
    }
}
