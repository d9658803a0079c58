package cn.liantu.persistence;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * /health and /health/readiness: whether Neo4j answers and its schema migrations are applied,
 * which server and mode, or why not. Not part of /health/liveness: an outage of the database is
 * no reason to restart the server, which recovers by itself when the database returns.
 */
@Singleton
@Readiness
public class Neo4jHealthIndicator implements HealthIndicator {

    private final GraphDatabase database;
    private final DatabaseAvailability availability;
    private final SchemaMigrations migrations;

    public Neo4jHealthIndicator(GraphDatabase database, DatabaseAvailability availability,
                                SchemaMigrations migrations) {
        this.database = database;
        this.availability = availability;
        this.migrations = migrations;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Mono.fromCallable(this::check).subscribeOn(Schedulers.boundedElastic());
    }

    private HealthResult check() {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("mode", database.isEmbedded() ? "embedded" : "external");
        details.put("database", database.databaseName());
        if (availability.isDown()) {
            details.put("error", availability.outage());
            return HealthResult.builder("neo4j", HealthStatus.DOWN).details(details).build();
        }
        try {
            var info = database.driver().executableQuery("RETURN 1")
                    .withConfig(org.neo4j.driver.QueryConfig.builder()
                            .withDatabase(database.databaseName())
                            .withRouting(org.neo4j.driver.RoutingControl.READ)
                            .build())
                    .execute().summary().server();
            details.put("server", info.address());
            details.put("protocolVersion", info.protocolVersion());
            if (migrations.isPending()) {
                details.put("error", "the schema migrations are not applied yet; they are retried");
                return HealthResult.builder("neo4j", HealthStatus.DOWN).details(details).build();
            }
            return HealthResult.builder("neo4j", HealthStatus.UP).details(details).build();
        } catch (RuntimeException e) {
            availability.failed(e);
            details.put("error", e.getMessage());
            return HealthResult.builder("neo4j", HealthStatus.DOWN).details(details).build();
        }
    }
}
