package cn.liantu.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A closed-loop load: each of {@code clients} threads sends the next request as soon as the
 * previous one returned, first for a warm-up, then for the measured time; a request counts when
 * it ends within the measured time (so a slow operation still has figures). Percentiles come
 * from every recorded latency, sorted.
 */
final class LoadRun {

    /** One request; returns normally when it succeeded, throws when it failed. */
    @FunctionalInterface
    interface Request {
        void send() throws Exception;
    }

    /** What one run measured. Latencies in milliseconds. */
    record Result(int clients, long requests, long errors, double seconds, double throughput, double p50,
                  double p95, double p99, double max, String firstError) {
    }

    private LoadRun() {
    }

    static Result run(Request request, int clients, double warmupSeconds, double seconds) throws InterruptedException {
        AtomicBoolean measuring = new AtomicBoolean(false);
        AtomicBoolean stop = new AtomicBoolean(false);
        long[][] latencies = new long[clients][];
        int[] counts = new int[clients];
        long[] errors = new long[clients];
        String[] firstErrors = new String[clients];
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            latencies[c] = new long[1024];
            threads.add(Thread.ofPlatform().name("bench-client-" + c).start(() -> {
                while (!stop.get()) {
                    long start = System.nanoTime();
                    boolean ok = true;
                    try {
                        request.send();
                    } catch (Exception e) {
                        ok = false;
                        if (firstErrors[client] == null) {
                            firstErrors[client] = String.valueOf(e.getMessage());
                        }
                    }
                    long elapsed = System.nanoTime() - start;
                    if (!measuring.get()) {
                        continue; // counted when it ends in the measured window, so slow requests count too
                    }
                    if (!ok) {
                        errors[client]++;
                        continue;
                    }
                    if (counts[client] == latencies[client].length) {
                        latencies[client] = Arrays.copyOf(latencies[client], counts[client] * 2);
                    }
                    latencies[client][counts[client]++] = elapsed;
                }
            }));
        }
        Thread.sleep((long) (warmupSeconds * 1000));
        long start = System.nanoTime();
        measuring.set(true);
        Thread.sleep((long) (seconds * 1000));
        measuring.set(false);
        double elapsed = (System.nanoTime() - start) / 1e9;
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
        int total = Arrays.stream(counts).sum();
        long[] all = new long[total];
        int at = 0;
        for (int c = 0; c < clients; c++) {
            System.arraycopy(latencies[c], 0, all, at, counts[c]);
            at += counts[c];
        }
        Arrays.sort(all);
        String firstError = Arrays.stream(firstErrors).filter(e -> e != null).findFirst().orElse(null);
        return new Result(clients, total, Arrays.stream(errors).sum(), elapsed, total / elapsed,
                percentile(all, 0.50), percentile(all, 0.95), percentile(all, 0.99),
                total == 0 ? Double.NaN : all[total - 1] / 1e6, firstError);
    }

    /** The nearest-rank percentile, in milliseconds. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }
}
