package cn.liantu.persistence.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the WHERE predicates and parameters of a list query. A criterion with no value adds
 * nothing; a value is always bound as a parameter, never written into the text.
 */
final class QueryParts {

    final Map<String, Object> parameters = new LinkedHashMap<>();
    final List<String> predicates = new ArrayList<>();

    /** Binds {@code value} as {@code $name} and returns "$name", or null when there is no value. */
    String bind(String name, Object value) {
        if (value == null || (value instanceof String text && text.isBlank())
                || (value instanceof List<?> list && list.isEmpty())) {
            return null;
        }
        parameters.put(name, value);
        return "$" + name;
    }

    /** Adds {@code predicate} with {@code %s} replaced by the bound parameter, when there is a value. */
    void where(String predicate, String name, Object value) {
        String parameter = bind(name, value);
        if (parameter != null) {
            predicates.add(predicate.replace("%s", parameter));
        }
    }

    String whereClause() {
        return predicates.isEmpty() ? "" : "\nWHERE " + String.join("\n  AND ", predicates);
    }

    static String orderBy(String variable, List<SortKey> order) {
        List<String> keys = new ArrayList<>();
        for (SortKey key : order) {
            String property = variable + "." + key.property();
            // Missing values sort last in both directions.
            keys.add(property + " IS NULL, " + property + (key.descending() ? " DESC" : ""));
        }
        keys.add(variable + ".id");
        return "ORDER BY " + String.join(", ", keys);
    }

    static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
