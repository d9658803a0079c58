package cn.liantu.graphql;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * One page of a Relay connection: the items from position {@code offset}, whether more follow,
 * and the total, counted only when a client asks for it.
 */
public record Connection<T>(List<T> items, int offset, boolean hasNextPage,
                            Supplier<CompletableFuture<Integer>> totalCount) {

    /** The page from a list fetched with one item more than asked, which tells if more follow. */
    public static <T> Connection<T> fromOverfetched(List<T> fetched, int offset, int limit,
                                                    Supplier<CompletableFuture<Integer>> totalCount) {
        boolean more = fetched.size() > limit;
        return new Connection<>(more ? fetched.subList(0, limit) : fetched, offset, more, totalCount);
    }

    public record Edge<T>(String cursor, T node) {
    }

    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }

    public List<Edge<T>> edges() {
        return java.util.stream.IntStream.range(0, items.size())
                .mapToObj(i -> new Edge<>(Cursors.encode(offset + i), items.get(i)))
                .toList();
    }

    public PageInfo pageInfo() {
        String start = items.isEmpty() ? null : Cursors.encode(offset);
        String end = items.isEmpty() ? null : Cursors.encode(offset + items.size() - 1);
        return new PageInfo(hasNextPage, offset > 0, start, end);
    }
}
