package cn.liantu.persistence;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/** A single named daemon thread for background checks, so it never keeps the JVM alive. */
final class DaemonScheduler {

    private DaemonScheduler() {
    }

    static ScheduledExecutorService named(String threadName) {
        return Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, threadName);
            thread.setDaemon(true);
            return thread;
        });
    }
}
