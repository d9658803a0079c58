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
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.exceptions.Neo4jException;

/**
 * Runs statements: reads in read transactions (a cluster routes them to followers), writes in
 * write transactions, both retried by the driver on transient errors. A request's transactions
 * stop after the configured timeout (TIMEOUT to the client); bulk imports have none. While the
 * database is unreachable, statements fail at once (see {@link DatabaseAvailability}).
 */
@Singleton
public class Cypher {

    private final GraphDatabase database;
    private final DatabaseAvailability availability;
    private final TransactionConfig requestTransaction;

    public Cypher(GraphDatabase database, DatabaseAvailability availability, LimitSettings limits) {
        this.database = database;
        this.availability = availability;
        this.requestTransaction = TransactionConfig.builder().withTimeout(limits.queryTimeout()).build();
    }

    public List<Record> read(CypherQuery query, Map<String, Object> parameters) {
        return read(query, parameters, record -> record);
    }

    public <T> List<T> read(CypherQuery query, Map<String, Object> parameters, Function<Record, T> mapper) {
        QueryCounter.increment();
        return guarded(() -> {
            try (Session session = database.driver().session(database.sessionConfig())) {
                return session.executeRead(tx -> tx.run(query.text(), parameters).list(mapper::apply),
                        requestTransaction);
            }
        });
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

    /** Runs a built count statement returning one {@code total} column. */
    public int readTotal(BuiltQuery built) {
        return read(built.query(), built.parameters(), record -> record.get("total").asInt()).getFirst();
    }

    public List<Record> write(CypherQuery query, Map<String, Object> parameters) {
        QueryCounter.increment();
        return guarded(() -> {
            try (Session session = database.driver().session(database.sessionConfig())) {
                return session.executeWrite(tx -> tx.run(query.text(), parameters).list(), requestTransaction);
            }
        });
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
        return guarded(() -> {
            try (Session session = database.driver().session(database.sessionConfig())) {
                return session.executeWrite(work::apply, config);
            }
        });
    }

    private <T> T guarded(Supplier<T> work) {
        availability.check();
        try {
            return work.get();
        } catch (Neo4jException e) {
            availability.failed(e);
            throw e;
        }
    }

    public GraphDatabase database() {
        return database;
    }
}
