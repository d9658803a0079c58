package cn.liantu.observability;

import cn.liantu.importer.ImportReport;
import cn.liantu.persistence.RequestTrace;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * LianTu's Prometheus metrics: GraphQL requests per operation name (count and latency), errors
 * per code, Neo4j statement time per named statement, imported rows per type and outcome, and the
 * JVM's own. Operation names come from clients, so only well-formed ones are kept, at most
 * {@value #MAX_OPERATION_NAMES} of them; the rest count as "other".
 */
@Singleton
public class ApiMetrics {

    static final int MAX_OPERATION_NAMES = 200;
    private static final Pattern OPERATION_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Set<String> operationNames = ConcurrentHashMap.newKeySet();

    public ApiMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
    }

    public void request(String operationName, String operationType, boolean ok, long nanos,
                        Collection<String> errorCodes, RequestTrace trace) {
        Timer.builder("liantu.graphql.requests")
                .description("GraphQL requests by operation name, type and outcome")
                .tag("operation", operationTag(operationName))
                .tag("type", operationType)
                .tag("outcome", ok ? "ok" : "error")
                .publishPercentileHistogram()
                .register(registry).record(Duration.ofNanos(nanos));
        for (String code : errorCodes) {
            Counter.builder("liantu.graphql.errors").description("GraphQL errors by extensions.code")
                    .tag("code", code).register(registry).increment();
        }
        for (RequestTrace.Statement statement : trace.statements()) {
            Timer.builder("liantu.neo4j.statements")
                    .description("Neo4j statements and transactions by name")
                    .tag("statement", statement.name())
                    .register(registry).record(Duration.ofNanos(statement.nanos()));
        }
    }

    public void imported(ImportReport report) {
        report.countsByType().forEach((type, counts) -> {
            count(type.fileName(), "created", counts.created());
            count(type.fileName(), "updated", counts.updated());
            count(type.fileName(), "unchanged", counts.unchanged());
            count(type.fileName(), "rejected", counts.rejected());
        });
    }

    private void count(String file, String outcome, int rows) {
        if (rows > 0) {
            Counter.builder("liantu.import.rows").description("Imported rows by file and outcome")
                    .tag("file", file).tag("outcome", outcome).register(registry).increment(rows);
        }
    }

    String operationTag(String name) {
        if (name == null || name.isBlank()) {
            return "anonymous";
        }
        if (!OPERATION_NAME.matcher(name).matches()) {
            return "other";
        }
        if (operationNames.contains(name)) {
            return name;
        }
        if (operationNames.size() >= MAX_OPERATION_NAMES) {
            return "other";
        }
        operationNames.add(name);
        return name;
    }

    public String scrape() {
        return registry.scrape();
    }

    public MeterRegistry registry() {
        return registry;
    }
}
