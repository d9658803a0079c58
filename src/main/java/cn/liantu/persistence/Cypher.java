package cn.liantu.persistence;

import cn.liantu.persistence.query.BuiltQuery;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * Runs statements: reads in read transactions (a cluster routes them to followers), writes in
 * write transactions, both retried by the driver on transient errors.
 */
@Singleton
public class Cypher {

    private final GraphDatabase database;

    public Cypher(GraphDatabase database) {
        this.database = database;
    }

    public List<Record> read(CypherQuery query, Map<String, Object> parameters) {
        return read(query, parameters, record -> record);
    }

    public <T> List<T> read(CypherQuery query, Map<String, Object> parameters, Function<Record, T> mapper) {
        QueryCounter.increment();
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.executeRead(tx -> tx.run(query.text(), parameters).list(mapper::apply));
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

    /** Runs a built count statement returning one {@code total} column. */
    public int readTotal(BuiltQuery built) {
        return read(built.query(), built.parameters(), record -> record.get("total").asInt()).getFirst();
    }

    public List<Record> write(CypherQuery query, Map<String, Object> parameters) {
        QueryCounter.increment();
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.executeWrite(tx -> tx.run(query.text(), parameters).list());
        }
    }

    /** Several statements in one write transaction: all of them take effect, or none. */
    public <T> T inWriteTransaction(Function<TransactionContext, T> work) {
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.executeWrite(work::apply);
        }
    }

    public GraphDatabase database() {
        return database;
    }
}
