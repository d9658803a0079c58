package cn.liantu.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Small helpers shared by the data fetchers. */
final class Fetch {

    private Fetch() {
    }

    /** Loads {@code key} through the request's loader {@code name}; null for a null key. */
    static <K, V> CompletableFuture<V> load(DataFetchingEnvironment env, String name, K key) {
        if (key == null) {
            return CompletableFuture.completedFuture(null);
        }
        DataLoader<K, V> loader = env.getDataLoader(name);
        return loader.load(key);
    }

    /** Like {@link #load} for list loaders: never null. */
    static <K, V> CompletableFuture<List<V>> loadList(DataFetchingEnvironment env, String name, K key) {
        return Fetch.<K, List<V>>load(env, name, key).thenApply(list -> list == null ? List.of() : list);
    }

    /** Whether the client selected {@code field} directly under the current field. */
    static boolean selected(DataFetchingEnvironment env, String field) {
        return env.getSelectionSet().contains(field);
    }
}
