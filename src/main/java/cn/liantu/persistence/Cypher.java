package cn.liantu.persistence;

import cn.liantu.config.LimitSettings;
import cn.liantu.persistence.query.BuiltQuery;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs statements: reads in read transactions (a cluster routes them to followers), writes in
 * write transactions, both retried by the driver on transient errors. A request's transactions
 * stop after the configured timeout (TIMEOUT to the client); bulk imports have none. While the
 * database is unreachable, or its schema migrations are not applied yet, statements fail at once
 * (see {@link DatabaseAvailability}, {@link SchemaMigrations}).
 */
@Singleton
public class Cypher {

    private final GraphDatabase database;
    private final DatabaseAvailability availability;
    private final SchemaMigrations migrations;
    private final TransactionConfig requestTransaction;

    public Cypher(GraphDatabase database, DatabaseAvailability availability, SchemaMigrations migrations,
                  LimitSettings limits) {
        this.database = database;
        this.availability = availability;
        this.migrations = migrations;
        this.requestTransaction = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
    }

    public List<Record> read(CypherQuery query, Map<String, Object> parameters) {
        return read(query, parameters, record -> record);
    }

    public <T> List<T> read(CypherQuery query, Map<String, Object> parameters, Function<Record, T> mapper) {
        RequestReadTransaction shared = RequestTrace.sharedRead();
        if (shared != null) {
            return readShared(shared, query, parameters, mapper);
        }
        return guarded(query.name(), false, session ->
                session.executeRead(tx -> tx.run(query.text(), parameters).list(mapper::apply), requestTransaction));
    }

    /**
     * A read in the request's shared transaction. It is not retried (an explicit transaction is
     * not the driver's to replay); after a failure the transaction is dropped, so the request's
     * other fields still get answers, from a new one.
     */
    private <T> List<T> readShared(RequestReadTransaction shared, CypherQuery query, Map<String, Object> parameters,
                                   Function<Record, T> mapper) {
        availability.check();
        migrations.check();
        long started = System.nanoTime();
        try {
            Transaction tx = shared.get(this::openReadTransaction);
            List<T> rows = tx.run(query.text(), parameters).list(mapper::apply);
            RequestTrace.record(query.name(), System.nanoTime() - started, null, false);
            return rows;
        } catch (RuntimeException e) {
            shared.close();
            if (e instanceof Neo4jException neo4j) {
                availability.failed(neo4j);
            }
            RequestTrace.record(query.name(), System.nanoTime() - started, null, false);
            throw e;
        }
    }

    private RequestReadTransaction.Opened openReadTransaction() {
        Session session = database.driver().session(SessionConfig.builder().withDatabase(database.databaseName())
                .withDefaultAccessMode(AccessMode.READ).withBookmarks(RequestTrace.bookmarksToAwait()).build());
        try {
            return new RequestReadTransaction.Opened(session, session.beginTransaction(requestTransaction));
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /**
     * Runs a batch statement taking {@code $keys} and returning rows {@code key, item}; returns the
     * items per key in row order. Keys without rows are absent.
     */
    public <T> Map<String, List<T>> readGrouped(CypherQuery query, Collection<String> keys,
                                                Map<String, Object> parameters, Function<Value, T> itemMapper) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.put("keys", List.copyOf(keys));
        Map<String, List<T>> grouped = new LinkedHashMap<>();
        for (Record record : read(query, all)) {
            grouped.computeIfAbsent(record.get("key").asString(), k -> new ArrayList<>())
                    .add(itemMapper.apply(record.get("item")));
        }
        return grouped;
    }

    /** Runs a built list statement returning one {@code item} column. */
    public <T> List<T> readItems(BuiltQuery built, Function<Value, T> itemMapper) {
        return read(built.query(), built.parameters(), record -> itemMapper.apply(record.get("item")));
    }

    public List<Record> write(CypherQuery query, Map<String, Object> parameters) {
        return guarded(query.name(), true, session ->
                session.executeWrite(tx -> tx.run(query.text(), parameters).list(), requestTransaction));
    }

    /** Several statements of a request in one write transaction: all of them take effect, or none. */
    public <T> T inWriteTransaction(Function<TransactionContext, T> work) {
        return inWriteTransaction(work, requestTransaction);
    }

    /** Like {@link #inWriteTransaction(Function)} without the request timeout, for bulk imports. */
    public <T> T inBulkWriteTransaction(Function<TransactionContext, T> work) {
        return inWriteTransaction(work, TransactionConfig.empty());
    }

    private <T> T inWriteTransaction(Function<TransactionContext, T> work, TransactionConfig config) {
        return guarded("write transaction", true, session -> session.executeWrite(work::apply, config));
    }

    /**
     * Runs {@code work} in a session that waits for the request's bookmarks, records its time and
     * the bookmarks after it, and fails fast while the database is known to be unreachable.
     */
    private <T> T guarded(String name, boolean write, Function<Session, T> work) {
        availability.check();
        migrations.check();
        long started = System.nanoTime();
        SessionConfig config = SessionConfig.builder().withDatabase(database.databaseName())
                .withBookmarks(RequestTrace.bookmarksToAwait()).build();
        Session session = database.driver().session(config);
        try {
            T result = work.apply(session);
            RequestTrace.record(name, System.nanoTime() - started, session.lastBookmarks(), write);
            return result;
        } catch (Neo4jException e) {
            availability.failed(e);
            RequestTrace.record(name, System.nanoTime() - started, null, false);
            throw e;
        } finally {
            session.close();
        }
    }

    public GraphDatabase database() {
        return database;
    }
}
