package cn.liantu.support;

import cn.liantu.persistence.GraphDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/**
 * A graph in canonical form, to compare two databases exactly: nodes and relationships per label
 * and type, every node with its labels and properties, every relationship with its type, the keys
 * of its ends and its properties. Values keep their type (11 and 11.0 differ).
 */
public record GraphSnapshot(Map<String, Long> labels, Map<String, Long> relationshipTypes, List<String> nodes,
                            List<String> relationships) {

    /** The key of node x: its id or code; a project change by project and version. */
    private static final String KEY = "coalesce(x.id, x.code, x.projectId + '@' + toString(x.version), '?')";

    /** Everything in the database. */
    public static GraphSnapshot of(GraphDatabase database) {
        return of(database, Set.of(), Set.of());
    }

    /**
     * The database without the nodes of {@code skippedLabels} (and their relationships) and without
     * the properties named in {@code skippedProperties} ("Label.property").
     */
    public static GraphSnapshot of(GraphDatabase database, Set<String> skippedLabels, Set<String> skippedProperties) {
        try (Session session = database.driver().session(database.sessionConfig())) {
            Map<String, Object> parameters = Map.of("skip", List.copyOf(skippedLabels));
            Map<String, Long> labels = new TreeMap<>();
            session.run("MATCH (n) UNWIND labels(n) AS label WITH label WHERE NOT label IN $skip "
                    + "RETURN label, count(*) AS n", parameters).forEachRemaining(
                            r -> labels.put(r.get("label").asString(), r.get("n").asLong()));
            Map<String, Long> types = new TreeMap<>();
            session.run("MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip) "
                    + "RETURN type(r) AS type, count(*) AS n", parameters).forEachRemaining(
                            r -> types.put(r.get("type").asString(), r.get("n").asLong()));
            List<String> nodes = new ArrayList<>();
            session.run("MATCH (n) WHERE none(l IN labels(n) WHERE l IN $skip) RETURN labels(n) AS labels, "
                    + "properties(n) AS properties", parameters).forEachRemaining(r -> nodes.add(
                            canonical(r.get("labels").asList(Value::asString), r.get("properties").asMap(),
                                    skippedProperties)));
            List<String> relationships = new ArrayList<>();
            session.run("MATCH (a)-[r]->(b) WHERE none(l IN labels(a) + labels(b) WHERE l IN $skip) "
                    + "RETURN type(r) AS type, labels(a)[0] + ':' + " + KEY.replace("x", "a") + " AS start, "
                    + "labels(b)[0] + ':' + " + KEY.replace("x", "b") + " AS end, properties(r) AS properties",
                    parameters).forEachRemaining(r -> relationships.add(relationship(r)));
            nodes.sort(null);
            relationships.sort(null);
            return new GraphSnapshot(labels, types, nodes, relationships);
        }
    }

    private static String canonical(List<String> labels, Map<String, Object> properties, Set<String> skipped) {
        Map<String, String> sorted = new TreeMap<>();
        properties.forEach((name, value) -> {
            if (labels.stream().noneMatch(label -> skipped.contains(label + "." + name))) {
                sorted.put(name, typed(value));
            }
        });
        return labels.stream().sorted().toList() + " " + sorted;
    }

    private static String relationship(Record r) {
        Map<String, String> sorted = new TreeMap<>();
        r.get("properties").asMap().forEach((name, value) -> sorted.put(name, typed(value)));
        return "(" + r.get("start").asString() + ")-[" + r.get("type").asString() + " " + sorted + "]->("
                + r.get("end").asString() + ")";
    }

    /** A value with its Java type, so a changed type shows. */
    private static String typed(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(GraphSnapshot::typed).toList().toString();
        }
        return value + "^" + (value == null ? "null" : value.getClass().getSimpleName());
    }
}
