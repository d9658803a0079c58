package cn.liantu.persistence;

/**
 * Counts the Cypher statements one GraphQL request sends. A request runs its fetchers and batch
 * loaders on the thread that executes it, so the count is kept per thread between
 * {@link #start()} and {@link #stop()}.
 */
public final class QueryCounter {

    private static final ThreadLocal<int[]> COUNT = new ThreadLocal<>();

    private QueryCounter() {
    }

    public static void start() {
        COUNT.set(new int[1]);
    }

    /** The number counted since {@link #start()}, and stops counting. */
    public static int stop() {
        int[] count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count[0];
    }

    static void increment() {
        int[] count = COUNT.get();
        if (count != null) {
            count[0]++;
        }
    }
}
