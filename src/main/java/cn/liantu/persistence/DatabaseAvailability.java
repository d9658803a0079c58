package cn.liantu.persistence;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A circuit breaker in front of Neo4j. Once a statement finds the database unreachable, requests
 * fail at once with DATABASE_UNAVAILABLE instead of each waiting out the driver's timeouts, while
 * a probe checks twice a second and closes the circuit as soon as Neo4j answers again.
 */
@Singleton
public class DatabaseAvailability {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAvailability.class);
    static final long PROBE_INTERVAL_MILLIS = 500;

    private final GraphDatabase database;
    private final ScheduledExecutorService prober = DaemonScheduler.named("neo4j-availability-probe");
    private volatile String outage;
    private ScheduledFuture<?> probing;

    public DatabaseAvailability(GraphDatabase database) {
        this.database = database;
    }

    /** Fails fast while the database is known to be unreachable. */
    public void check() {
        String reason = outage;
        if (reason != null) {
            throw new ServiceUnavailableException("Neo4j is unreachable (" + reason + ")");
        }
    }

    public boolean isDown() {
        return outage != null;
    }

    public String outage() {
        return outage;
    }

    /** Opens the circuit when {@code failure} says the database cannot be reached. */
    public void failed(Throwable failure) {
        if (failure instanceof ServiceUnavailableException || failure instanceof SessionExpiredException) {
            markDown(failure.getMessage());
        }
    }

    private synchronized void markDown(String reason) {
        if (outage != null) {
            return;
        }
        outage = reason == null ? "no answer" : reason;
        LOG.warn("Neo4j is unreachable, answering DATABASE_UNAVAILABLE until it returns: {}", outage);
        probing = prober.scheduleWithFixedDelay(this::probe, PROBE_INTERVAL_MILLIS, PROBE_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    private void probe() {
        try {
            database.driver().verifyConnectivity();
            markUp();
        } catch (RuntimeException e) {
            outage = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
    }

    private synchronized void markUp() {
        outage = null;
        if (probing != null) {
            probing.cancel(false);
            probing = null;
        }
        LOG.info("Neo4j answers again");
    }

    @PreDestroy
    void stop() {
        prober.shutdownNow();
    }
}
