package cn.liantu.persistence;

import java.util.function.Supplier;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/**
 * The one read transaction a query request's statements share, opened at its first statement and
 * closed when the request ends. Sharing it saves a session, a BEGIN and a COMMIT per statement:
 * round trips and work on both sides that a request of several small statements mostly consists of.
 */
final class RequestReadTransaction {

    /** A session with its open transaction. */
    record Opened(Session session, Transaction transaction) {
    }

    private Opened opened;

    /** The open transaction, opening one with {@code open} if there is none (first use, or after a failure). */
    Transaction get(Supplier<Opened> open) {
        if (opened == null || !opened.transaction().isOpen()) {
            close();
            opened = open.get();
        }
        return opened.transaction();
    }

    /** Ends the transaction (a read: nothing to commit) and its session; the next statement opens another. */
    void close() {
        if (opened == null) {
            return;
        }
        Opened closing = opened;
        opened = null;
        try {
            closing.transaction().close();
        } catch (RuntimeException ignored) {
            // A read that failed or timed out leaves nothing to undo; the session is closed next.
        } finally {
            try {
                closing.session().close();
            } catch (RuntimeException ignored) {
                // The connection goes back to the pool or is dropped by the driver either way.
            }
        }
    }
}
