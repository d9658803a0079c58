package cn.liantu.bench;

import cn.liantu.config.LimitSettings;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.DatabaseAvailability;
import cn.liantu.persistence.CypherQuery;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.persistence.SchemaMigrations;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * The benchmark's capture step only (property {@code liantu.bench.capture}): runs every read as
 * LianTu does and remembers the statement, its parameters and its row count, so the raw-driver
 * run and the Neo4j GraphQL Library replay exactly the Cypher LianTu sent for a request.
 */
@Singleton
@Replaces(Cypher.class)
@Requires(property = "liantu.bench.capture", value = "true")
public class RecordingCypher extends Cypher {

    /** One statement as sent: text, parameters, the columns and number of rows it returned. */
    public record Statement(String name, String text, Map<String, Object> parameters, List<String> columns,
                            int rows) {
    }

    private final List<Statement> recorded = new ArrayList<>();

    public RecordingCypher(GraphDatabase database, DatabaseAvailability availability, SchemaMigrations migrations,
                           LimitSettings limits) {
        super(database, availability, migrations, limits);
    }

    @Override
    public <T> List<T> read(CypherQuery query, Map<String, Object> parameters, Function<Record, T> mapper) {
        List<String> columns = new ArrayList<>();
        List<T> rows = super.read(query, parameters, record -> {
            if (columns.isEmpty()) {
                columns.addAll(record.keys());
            }
            return mapper.apply(record);
        });
        if (columns.isEmpty()) {
            columns.addAll(columnsOf(query, parameters));
        }
        synchronized (recorded) {
            recorded.add(new Statement(query.name(), query.text(), new LinkedHashMap<>(parameters),
                    List.copyOf(columns), rows.size()));
        }
        return rows;
    }

    /** The columns of a statement that returned no row, from its plan. */
    private List<String> columnsOf(CypherQuery query, Map<String, Object> parameters) {
        GraphDatabase database = database();
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.executeRead(tx -> tx.run("EXPLAIN " + query.text(), parameters).keys());
        }
    }

    /** The statements recorded since the last call, and forgets them. */
    public List<Statement> drain() {
        synchronized (recorded) {
            List<Statement> copy = List.copyOf(recorded);
            recorded.clear();
            return copy;
        }
    }
}
