package cn.liantu.security;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every write made and every write refused: who, when, which operation, on what, what changed. */
@Singleton
public class AuditLog {

    private static final Logger LOG = LoggerFactory.getLogger(AuditLog.class);

    /** Whether the write was made. */
    public enum Outcome { ALLOWED, DENIED }

    public record Entry(String id, String at, String caller, String role, String operation, Outcome outcome,
                        String target, String changes, String reason) {
    }

    /** The statements that read the log, for a paged connection: {@code list} takes $offset and $limit. */
    public static final String LIST_QUERY = "security/audit_entries";
    public static final String COUNT_QUERY = "security/count_audit_entries";

    /** Which entries to read. Null fields do not filter. */
    public record Filter(String caller, String operation, Outcome outcome) {
    }

    private final Cypher cypher;
    private final Clock clock;

    public AuditLog(Cypher cypher) {
        this.cypher = cypher;
        this.clock = Clock.systemUTC();
    }

    public void record(Caller caller, String operation, Outcome outcome, String target, String changes, String reason) {
        Map<String, Object> entry = new HashMap<>();
        entry.put("id", UUID.randomUUID().toString());
        entry.put("at", Instant.now(clock).toString());
        entry.put("caller", caller.id());
        entry.put("role", caller.role() == null ? null : caller.role().name());
        entry.put("operation", operation);
        entry.put("outcome", outcome.name());
        entry.put("target", target);
        entry.put("changes", changes);
        entry.put("reason", reason);
        try {
            cypher.write(QueryCatalog.get("security/record_audit_entry"), Map.of("entry", entry));
        } catch (RuntimeException e) {
            // The write itself is done (or was refused); losing its audit line must be visible.
            LOG.error("Could not record the audit entry {}", entry, e);
        }
    }

    /** The parameters of {@link #LIST_QUERY} and {@link #COUNT_QUERY} for {@code filter}. */
    public static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("caller", filter.caller());
        parameters.put("operation", filter.operation());
        parameters.put("outcome", filter.outcome() == null ? null : filter.outcome().name());
        return parameters;
    }

    /** One row of {@link #LIST_QUERY}. */
    public static Entry entry(Value item) {
        return new Entry(item.get("id").asString(), item.get("at").asString(), item.get("caller").asString(),
                text(item.get("role")), item.get("operation").asString(), Outcome.valueOf(item.get("outcome").asString()),
                text(item.get("target")), text(item.get("changes")), text(item.get("reason")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
