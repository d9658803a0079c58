package cn.liantu.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.neo4j.driver.Bookmark;

/**
 * What one GraphQL request did in the database: each statement with its time, and the bookmarks
 * that let the next request (possibly on another instance, reading from a follower) see its
 * writes. A request runs its fetchers and batch loaders on the thread that executes it, so the
 * trace is kept per thread between {@link #begin(Set, boolean)} and {@link #end()}. A query
 * request's reads share one read transaction, kept here too and closed by {@link #end()}.
 */
public final class RequestTrace {

    /** One statement or transaction and how long it took. */
    public record Statement(String name, long nanos) {
    }

    private static final ThreadLocal<RequestTrace> CURRENT = new ThreadLocal<>();

    private final List<Statement> statements = new ArrayList<>();
    private Set<Bookmark> bookmarks;
    private boolean wrote;
    private final RequestReadTransaction sharedRead;

    private RequestTrace(Set<Bookmark> bookmarks, boolean shareReads) {
        this.bookmarks = Set.copyOf(bookmarks);
        this.sharedRead = shareReads ? new RequestReadTransaction() : null;
    }

    /**
     * Starts tracing this thread's request, which must see at least {@code bookmarks}. With
     * {@code shareReads} (a query: it only reads) its statements run in one read transaction.
     */
    public static void begin(Set<Bookmark> bookmarks, boolean shareReads) {
        CURRENT.set(new RequestTrace(bookmarks, shareReads));
    }

    /** The trace since {@link #begin(Set, boolean)}; tracing stops and a shared read transaction ends. */
    public static RequestTrace end() {
        RequestTrace trace = CURRENT.get();
        CURRENT.remove();
        if (trace == null) {
            return none();
        }
        if (trace.sharedRead != null) {
            trace.sharedRead.close();
        }
        return trace;
    }

    /** The trace of a request that never reached the database. */
    public static RequestTrace none() {
        return new RequestTrace(Set.of(), false);
    }

    /** The read transaction the current request's statements share; null when they do not share one. */
    static RequestReadTransaction sharedRead() {
        RequestTrace trace = CURRENT.get();
        return trace == null ? null : trace.sharedRead;
    }

    /** The bookmarks a session of the current request starts from; none outside a request. */
    static Set<Bookmark> bookmarksToAwait() {
        RequestTrace trace = CURRENT.get();
        return trace == null ? Set.of() : trace.bookmarks;
    }

    static void record(String name, long nanos, Set<Bookmark> after, boolean write) {
        RequestTrace trace = CURRENT.get();
        if (trace == null) {
            return;
        }
        trace.statements.add(new Statement(name, nanos));
        if (after != null && !after.isEmpty()) {
            trace.bookmarks = Set.copyOf(after);
        }
        trace.wrote |= write;
    }

    public int statementCount() {
        return statements.size();
    }

    public long databaseNanos() {
        return statements.stream().mapToLong(Statement::nanos).sum();
    }

    public List<Statement> statements() {
        return List.copyOf(statements);
    }

    public boolean wrote() {
        return wrote;
    }

    public Set<Bookmark> bookmarks() {
        return bookmarks;
    }
}
