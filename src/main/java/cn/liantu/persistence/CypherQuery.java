package cn.liantu.persistence;

/**
 * A Cypher statement with a name for logs, counts and EXPLAIN checks. The text never holds user
 * input: values always travel as parameters.
 */
public record CypherQuery(String name, String text) {
}
