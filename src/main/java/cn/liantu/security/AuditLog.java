package cn.liantu.security;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
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

    public List<Entry> page(Filter filter, int skip, int limit) {
        Map<String, Object> parameters = parameters(filter);
        parameters.put("skip", skip);
        parameters.put("limit", limit);
        return cypher.read(QueryCatalog.get("security/audit_entries"), parameters,
                record -> entry(record.get("item")));
    }

    public int count(Filter filter) {
        return cypher.read(QueryCatalog.get("security/count_audit_entries"), parameters(filter),
                record -> record.get("total").asInt()).getFirst();
    }

    private static Map<String, Object> parameters(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("caller", filter.caller());
        parameters.put("operation", filter.operation());
        parameters.put("outcome", filter.outcome() == null ? null : filter.outcome().name());
        return parameters;
    }

    private static Entry entry(Value item) {
        return new Entry(item.get("id").asString(), item.get("at").asString(), item.get("caller").asString(),
                text(item.get("role")), item.get("operation").asString(), Outcome.valueOf(item.get("outcome").asString()),
                text(item.get("target")), text(item.get("changes")), text(item.get("reason")));
    }

    private static String text(Value value) {
        return value == null || value.isNull() ? null : value.asString();
    }
}
