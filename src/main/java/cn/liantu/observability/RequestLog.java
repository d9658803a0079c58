package cn.liantu.observability;

import cn.liantu.persistence.RequestTrace;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One JSON line per GraphQL request on the logger {@code liantu.request}: operation, type,
 * duration, status, error codes, caller, statements and their database time. Never the query's
 * variables, which can carry names, amounts or secrets. Requests slower than
 * {@code liantu.slow-request} are also logged on {@code liantu.slow} with each statement's time.
 */
@Singleton
public class RequestLog {

    private static final Logger REQUESTS = LoggerFactory.getLogger("liantu.request");
    private static final Logger SLOW = LoggerFactory.getLogger("liantu.slow");

    private final ObjectMapper json = new ObjectMapper();
    private final long slowNanos;

    public RequestLog(@Value("${liantu.slow-request:1s}") java.time.Duration slow) {
        this.slowNanos = slow.toNanos();
    }

    /** What is logged of a request. */
    public record Entry(String operation, String type, int status, long nanos, Collection<String> errorCodes,
                        String caller, RequestTrace trace) {
    }

    public void log(Entry entry) {
        Map<String, Object> line = line(entry);
        if (REQUESTS.isInfoEnabled()) {
            REQUESTS.info(write(line));
        }
        if (entry.nanos() >= slowNanos && SLOW.isWarnEnabled()) {
            List<Map<String, Object>> statements = entry.trace().statements().stream()
                    .map(s -> Map.<String, Object>of("statement", s.name(), "ms", millis(s.nanos()))).toList();
            line.put("statements", statements);
            SLOW.warn(write(line));
        }
    }

    Map<String, Object> line(Entry entry) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("operation", entry.operation() == null ? "anonymous" : entry.operation());
        line.put("type", entry.type());
        line.put("status", entry.status());
        line.put("ms", millis(entry.nanos()));
        line.put("errors", List.copyOf(entry.errorCodes()));
        line.put("caller", entry.caller());
        line.put("cypherQueries", entry.trace().statementCount());
        line.put("cypherMs", millis(entry.trace().databaseNanos()));
        return line;
    }

    private String write(Map<String, Object> line) {
        try {
            return json.writeValueAsString(line);
        } catch (JsonProcessingException e) {
            return line.toString();
        }
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }
}
