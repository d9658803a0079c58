package cn.liantu.graphql;

import cn.liantu.domain.Project;
import cn.liantu.security.ApiKeyStore;
import cn.liantu.security.AuditLog;
import cn.liantu.security.Caller;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.temporal.TemporalAccessor;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a mutation and its result into an audit entry: its target and its arguments as JSON. */
final class MutationAudit {

    private final AuditLog log;
    private final ObjectMapper json = new ObjectMapper();

    MutationAudit(AuditLog log) {
        this.log = log;
    }

    void made(Caller caller, String operation, Map<String, Object> arguments, Object result) {
        if (result instanceof ImportFetchers.ImportResult imported && !imported.written()) {
            return; // a dry run or a refused batch wrote nothing
        }
        log.record(caller, operation, AuditLog.Outcome.ALLOWED, target(arguments, result), changes(arguments), null);
    }

    void refused(Caller caller, String operation, Map<String, Object> arguments, String reason) {
        log.record(caller, operation, AuditLog.Outcome.DENIED, target(arguments, null), changes(arguments), reason);
    }

    private static String target(Map<String, Object> arguments, Object result) {
        if (result instanceof Project project) {
            return project.id();
        }
        if (result instanceof ApiKeyStore.CreatedKey created) {
            return created.apiKey().id();
        }
        if (arguments.get("id") != null) {
            return arguments.get("id").toString();
        }
        if (arguments.get("input") instanceof Map<?, ?> input && input.get("id") != null) {
            return input.get("id").toString();
        }
        return null;
    }

    private String changes(Map<String, Object> arguments) {
        try {
            return json.writeValueAsString(plain(arguments));
        } catch (JsonProcessingException e) {
            return String.valueOf(arguments);
        }
    }

    /** Dates as ISO text, so that the arguments serialise without extra modules. */
    private static Object plain(Object value) {
        if (value instanceof TemporalAccessor) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, field) -> copy.put(String.valueOf(key), plain(field)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(MutationAudit::plain).toList();
        }
        return value;
    }
}
