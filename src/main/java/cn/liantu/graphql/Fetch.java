package cn.liantu.graphql;

import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.DataFetchingEnvironment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /**
     * Whether the client selected {@code path} (field names joined by {@code /}, such as
     * {@code edges/node/park}) under the current field, through fragments too. It reads the
     * operation's syntax tree: {@code env.getSelectionSet()} would first build the whole normalized
     * subtree, a large part of a short request's time. A field under {@code @skip} or
     * {@code @include} counts as selected: at worst something is loaded that is not shown.
     */
    static boolean selected(DataFetchingEnvironment env, String path) {
        List<SelectionSet> level = new ArrayList<>();
        for (Field field : env.getMergedField().getFields()) {
            if (field.getSelectionSet() != null) {
                level.add(field.getSelectionSet());
            }
        }
        for (String name : path.split("/")) {
            List<SelectionSet> below = new ArrayList<>();
            boolean found = false;
            for (SelectionSet set : level) {
                found |= collect(set, name, env.getFragmentsByName(), below);
            }
            if (!found) {
                return false;
            }
            level = below;
        }
        return true;
    }

    /** Adds the selection sets of the fields named {@code name} in {@code set}; whether there was one. */
    private static boolean collect(SelectionSet set, String name, Map<String, FragmentDefinition> fragments,
                                   List<SelectionSet> below) {
        boolean found = false;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field && field.getName().equals(name)) {
                found = true;
                if (field.getSelectionSet() != null) {
                    below.add(field.getSelectionSet());
                }
            } else if (selection instanceof InlineFragment inline) {
                found |= collect(inline.getSelectionSet(), name, fragments, below);
            } else if (selection instanceof FragmentSpread spread && fragments.containsKey(spread.getName())) {
                found |= collect(fragments.get(spread.getName()).getSelectionSet(), name, fragments, below);
            }
        }
        return found;
    }
}
