package cn.liantu.graphql;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.PageRequest;
import graphql.schema.DataFetchingEnvironment;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.neo4j.driver.Value;

/** Runs top-level list queries as connections: one statement for the page, one for the total if asked. */
@Singleton
public class Lists {

    private final Cypher cypher;

    public Lists(Cypher cypher) {
        this.cypher = cypher;
    }

    /** A page from built statements; the count statement runs only when totalCount is selected. */
    public <T> Connection<T> connection(DataFetchingEnvironment env, PageRequest page,
                                        Function<PageRequest, BuiltQuery> pageQuery, BuiltQuery countQuery,
                                        Function<Value, T> mapper) {
        PageRequest overfetch = new PageRequest(page.offset(), page.limit() + 1);
        List<T> fetched = cypher.readItems(pageQuery.apply(overfetch), mapper);
        return Connection.fromOverfetched(fetched, page.offset(), page.limit(), counter(env, countQuery));
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

    private java.util.function.Supplier<CompletableFuture<Integer>> counter(DataFetchingEnvironment env,
                                                                            BuiltQuery countQuery) {
        if (!Fetch.selected(env, "totalCount")) {
            return () -> CompletableFuture.completedFuture(null);
        }
        int total = cypher.readTotal(countQuery);
        return () -> CompletableFuture.completedFuture(total);
    }
}
