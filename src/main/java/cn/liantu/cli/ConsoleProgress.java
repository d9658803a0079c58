package cn.liantu.cli;

import cn.liantu.importer.ImportProgress;
import java.io.PrintStream;

/** Prints import progress at most every two seconds: rows done, rows/s and the time left. */
final class ConsoleProgress implements ImportProgress {

    private static final long INTERVAL_NANOS = 2_000_000_000L;

    private final PrintStream out;
    private long startNanos;
    private long lastPrintNanos;

    ConsoleProgress(PrintStream out) {
        this.out = out;
    }

    @Override
    public void phase(String description) {
        out.println(description);
        startNanos = System.nanoTime();
        lastPrintNanos = startNanos;
    }

    @Override
    public void rows(long done, long total) {
        long now = System.nanoTime();
        if (now - lastPrintNanos < INTERVAL_NANOS && done < total) {
            return;
        }
        lastPrintNanos = now;
        double seconds = Math.max(1e-3, (now - startNanos) / 1e9);
        double rate = done / seconds;
        long etaSeconds = rate > 0 ? Math.round((total - done) / rate) : 0;
        out.printf("  %,d / %,d rows (%.1f%%), %,.0f rows/s, ETA %ds%n", done, total,
                total == 0 ? 100.0 : 100.0 * done / total, rate, etaSeconds);
    }
}
