package cn.liantu.graphql;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.MappedBatchLoader;
import org.neo4j.driver.Value;

/**
 * Makes the per-request DataLoaders that turn "a field of every parent" into one statement.
 * Loads run synchronously when the loader is dispatched, on the request's thread.
 */
final class BatchLoaders {

    private BatchLoaders() {
    }

    /** A key with arguments: keys with equal arguments are loaded by one statement. */
    record KeyWithArguments(String key, Map<String, Object> arguments) {
    }

    /** One item per key, from a named statement returning {@code key, item}. */
    static <T> DataLoader<String, T> single(Cypher cypher, String queryName, Function<Value, T> mapper) {
        MappedBatchLoader<String, T> loader = keys -> CompletableFuture.completedFuture(
                first(cypher.readGrouped(QueryCatalog.get(queryName), keys, Map.of(), mapper)));
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    /** One item per key, from a lookup of its own (such as reference data kept in memory). */
    static <T> DataLoader<String, T> lookup(Function<Set<String>, Map<String, T>> find) {
        MappedBatchLoader<String, T> loader = keys -> CompletableFuture.completedFuture(find.apply(keys));
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    /** A list per key (empty when none), from a named statement returning {@code key, item}. */
    static <T> DataLoader<String, List<T>> list(Cypher cypher, String queryName, Function<Value, T> mapper) {
        MappedBatchLoader<String, List<T>> loader = keys -> CompletableFuture.completedFuture(
                withEmptyLists(keys, cypher.readGrouped(QueryCatalog.get(queryName), keys, Map.of(), mapper)));
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    /** A list per key and arguments: one statement per distinct set of arguments. */
    static <T> DataLoader<KeyWithArguments, List<T>> listWithArguments(Cypher cypher, String queryName,
                                                                       Function<Value, T> mapper) {
        MappedBatchLoader<KeyWithArguments, List<T>> loader = keys -> {
            Map<KeyWithArguments, List<T>> result = new HashMap<>();
            for (Map.Entry<Map<String, Object>, List<String>> group : byArguments(keys).entrySet()) {
                Map<String, List<T>> loaded = cypher.readGrouped(QueryCatalog.get(queryName), group.getValue(),
                        group.getKey(), mapper);
                for (String key : group.getValue()) {
                    result.put(new KeyWithArguments(key, group.getKey()), loaded.getOrDefault(key, List.of()));
                }
            }
            return CompletableFuture.completedFuture(result);
        };
        return DataLoaderFactory.newMappedDataLoader(loader);
    }

    static Map<Map<String, Object>, List<String>> byArguments(Set<KeyWithArguments> keys) {
        Map<Map<String, Object>, List<String>> groups = new LinkedHashMap<>();
        for (KeyWithArguments key : keys) {
            groups.computeIfAbsent(key.arguments(), k -> new ArrayList<>()).add(key.key());
        }
        return groups;
    }

    private static <T> Map<String, T> first(Map<String, List<T>> grouped) {
        Map<String, T> firsts = new HashMap<>();
        grouped.forEach((key, items) -> firsts.put(key, items.getFirst()));
        return firsts;
    }

    private static <T> Map<String, List<T>> withEmptyLists(Set<String> keys, Map<String, List<T>> grouped) {
        Map<String, List<T>> complete = new HashMap<>(grouped);
        for (String key : keys) {
            complete.putIfAbsent(key, List.of());
        }
        return complete;
    }
}
