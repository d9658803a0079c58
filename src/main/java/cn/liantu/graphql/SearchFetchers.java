package cn.liantu.graphql;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.Rows;
import cn.liantu.service.ApiException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Full-text search over names. */
@Singleton
public class SearchFetchers implements SchemaWiring {

    /** A search hit; exactly one of the entity fields is set, matching {@code kind}. */
    public record SearchHit(String kind, String id, String name, double score, Object enterprise, Object park,
                            Object chain, Object segment, Object product) {
    }

    private static final java.util.regex.Pattern OPERATORS = java.util.regex.Pattern.compile("\\b(AND|OR|NOT)\\b");
    private static final String LUCENE_SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private final Cypher cypher;
    private final Arguments arguments;

    public SearchFetchers(Cypher cypher, Arguments arguments) {
        this.cypher = cypher;
        this.arguments = arguments;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("search", this::search));
    }

    private List<SearchHit> search(DataFetchingEnvironment env) {
        String text = env.<String>getArgument("text").trim();
        if (text.isEmpty()) {
            throw ApiException.badInput("search text is empty: give at least one word, e.g. 轴承");
        }
        int first = arguments.limit(env, "first", 20);
        return cypher.read(QueryCatalog.get("search/search_by_name"),
                Map.of("text", escape(text), "first", first), SearchFetchers::hit);
    }

    private static SearchHit hit(Record record) {
        Value node = record.get("node");
        List<String> labels = record.get("labels").asList(Value::asString);
        double score = record.get("score").asDouble();
        String id = node.get("id").asString();
        String name = node.get("name").asString();
        if (labels.contains("Enterprise")) {
            return new SearchHit("ENTERPRISE", id, name, score, Rows.enterprise(node), null, null, null, null);
        }
        if (labels.contains("Park")) {
            return new SearchHit("PARK", id, name, score, null, Rows.park(node), null, null, null);
        }
        if (labels.contains("IndustryChain")) {
            return new SearchHit("CHAIN", id, name, score, null, null, Rows.chain(node), null, null);
        }
        if (labels.contains("ChainSegment")) {
            return new SearchHit("SEGMENT", id, name, score, null, null, null, Rows.segment(node), null);
        }
        return new SearchHit("PRODUCT", id, name, score, null, null, null, null, Rows.product(node));
    }

    /** User text searched as words, never as Lucene query syntax. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (LUCENE_SPECIAL.indexOf(c) >= 0) {
                escaped.append('\\');
            }
            escaped.append(c);
        }
        String result = escaped.toString();
        // AND / OR / NOT are operators to Lucene; lower case makes them plain words.
        return OPERATORS.matcher(result).replaceAll(match -> match.group(1).toLowerCase());
    }
}
