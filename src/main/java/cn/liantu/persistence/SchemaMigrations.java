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
 * Whether the database's schema migrations are applied. The statements rely on them: the region
 * reports find enterprises and purchases by keys the migrations copy onto edges, so on a database
 * without them they would silently count too little. They are applied at start; when an external
 * database cannot be reached then, the server starts anyway, retries in the background, and
 * until they are applied every statement fails with DATABASE_UNAVAILABLE instead of answering.
 */
@Singleton
public class SchemaMigrations {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrations.class);
    static final long RETRY_INTERVAL_MILLIS = 2_000;

    private final GraphDatabase database;
    private final ScheduledExecutorService retries = DaemonScheduler.named("neo4j-migration-retry");
    private volatile String pending;
    private ScheduledFuture<?> retrying;

    public SchemaMigrations(GraphDatabase database) {
        this.database = database;
    }

    /**
     * Applies the migrations. A database that cannot be reached leaves them pending and retried,
     * unless it is the embedded one; any other failure (a changed migration, a constraint the data
     * breaks) stops the start, as answering from a half-migrated schema would be wrong.
     */
    public synchronized void applyAtStart() {
        try {
            new MigrationRunner(database).migrate();
        } catch (RuntimeException e) {
            if (database.isEmbedded() || !isUnreachable(e)) {
                throw e;
            }
            pending = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            LOG.warn("Could not apply the schema migrations now ({}); retrying every {} ms, and answering"
                    + " DATABASE_UNAVAILABLE until they are applied", pending, RETRY_INTERVAL_MILLIS);
            retrying = retries.scheduleWithFixedDelay(this::retry, RETRY_INTERVAL_MILLIS, RETRY_INTERVAL_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** Fails while the migrations are not applied yet. */
    public void check() {
        String reason = pending;
        if (reason != null) {
            throw new ServiceUnavailableException("The database's schema migrations are not applied yet (" + reason
                    + "); they are retried every " + RETRY_INTERVAL_MILLIS + " ms");
        }
    }

    public boolean isPending() {
        return pending != null;
    }

    private synchronized void retry() {
        try {
            new MigrationRunner(database).migrate();
            pending = null;
            retrying.cancel(false);
            LOG.info("Applied the schema migrations: answering again");
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            if (!reason.equals(pending)) {
                LOG.warn("The schema migrations are still not applied ({}); retrying", reason);
            }
            pending = reason;
        }
    }

    private static boolean isUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ServiceUnavailableException || cause instanceof SessionExpiredException) {
                return true;
            }
        }
        return false;
    }

    @PreDestroy
    void stop() {
        retries.shutdownNow();
    }
}
