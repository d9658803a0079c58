package cn.liantu.graphql;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.PageWithTotal;
import graphql.schema.DataFetchingEnvironment;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Runs top-level list queries as connections: one statement for the page, which also counts the
 * total when totalCount is selected.
 */
@Singleton
public class Lists {

    private final Cypher cypher;

    public Lists(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * A page from built statements, with its total when totalCount is selected: one statement
     * for both, or only the count when no page is asked for.
     */
    public <T> Connection<T> connection(DataFetchingEnvironment env, PageRequest page,
                                        Function<PageRequest, BuiltQuery> pageQuery, BuiltQuery countQuery,
                                        Function<Value, T> mapper) {
        PageRequest overfetch = new PageRequest(page.offset(), page.limit() + 1);
        boolean wantsTotal = Fetch.selected(env, "totalCount");
        boolean wantsPage = Fetch.selected(env, "edges") || Fetch.selected(env, "pageInfo");
        if (wantsTotal && !wantsPage) {
            int total = cypher.read(countQuery.query(), countQuery.parameters(), row -> row.get("total").asInt())
                    .getFirst();
            return new Connection<>(List.of(), page.offset(), false, () -> CompletableFuture.completedFuture(total));
        }
        if (!wantsTotal) {
            List<T> fetched = cypher.readItems(pageQuery.apply(overfetch), mapper);
            return Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                    () -> CompletableFuture.completedFuture(null));
        }
        BuiltQuery both = PageWithTotal.of(pageQuery.apply(overfetch), countQuery);
        Record row = cypher.read(both.query(), both.parameters()).getFirst();
        List<T> fetched = row.get("items").asList(mapper::apply);
        int total = row.get("total").asInt();
        return Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                () -> CompletableFuture.completedFuture(total));
    }

    /** A page from a pair of named statements {@code list_x} and {@code count_x} sharing their filter parameters. */
    public <T> Connection<T> connection(DataFetchingEnvironment env, PageRequest page, String listQuery,
                                        String countQuery, Map<String, Object> filterParameters,
                                        Function<Value, T> mapper) {
        Function<PageRequest, BuiltQuery> pageQuery = p -> {
            Map<String, Object> parameters = new HashMap<>(filterParameters);
            parameters.put("offset", p.offset());
            parameters.put("limit", p.limit());
            return new BuiltQuery(QueryCatalog.get(listQuery), parameters);
        };
        return connection(env, page, pageQuery, new BuiltQuery(QueryCatalog.get(countQuery), filterParameters), mapper);
    }
}
