package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestMachine;
import cn.liantu.support.TestServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * One server runs the embedded database and, with LIANTU_BOLT_LISTEN, shares it over Bolt; a
 * second server uses it as an external Neo4j through NEO4J_URI. When the database goes away the
 * second server reports DOWN and answers DATABASE_UNAVAILABLE, at once after the first failure;
 * when it comes back, the second server answers again without a restart.
 */
class ExternalDatabaseIT {

    @Test
    void aSecondServerUsesTheFirstOnesDatabaseThroughBolt() {
        int port = TestMachine.freeLoopbackPort();
        Map<String, Object> ownerSettings = Map.of(
                "micronaut.server.port", -1,
                "liantu.data-dir", TestServer.freshDirectory("bolt-owner").toString(),
                "liantu.bolt-listen", "127.0.0.1:" + port,
                "liantu.demo-data", false,
                "liantu.page-cache-memory", "64m");
        EmbeddedServer owner = ApplicationContext.run(EmbeddedServer.class, ownerSettings);
        EmbeddedServer client = null;
        try {
            try (Driver tool = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
                long migrations = tool.executableQuery("MATCH (m:__LiantuMigration) RETURN count(m) AS n")
                        .execute().records().getFirst().get("n").asLong();
                assertThat(migrations).isEqualTo(MigrationRunner.available().size());
            }

            client = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "liantu.security.anonymous-role", "VIEWER",
                    "neo4j.uri", "neo4j://127.0.0.1:" + port));
            GraphQLClient graphql = new GraphQLClient(client.getURI());
            assertThat(graphql.query("{ about { embeddedDatabase enterpriseCount } }").dataWithoutErrors()
                    .path("about").path("embeddedDatabase").asBoolean()).isFalse();
            assertThat(graphql.getRaw("/health").body()).contains("\"mode\":\"external\"").contains("\"UP\"");

            owner.close();

            HttpResponse<String> health = graphql.getRaw("/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(graphql.getRaw("/health/readiness").statusCode()).isEqualTo(503);
            assertThat(graphql.getRaw("/health/liveness").statusCode()).as("no restart for a database outage")
                    .isEqualTo(200);
            assertThat(health.body()).contains("\"DOWN\"").contains("\"error\"");
            GraphQLClient.Response response = graphql.query("{ about { enterpriseCount } }");
            assertThat(response.firstErrorCode()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(response.errors().toString()).doesNotContain("Exception").doesNotContain("at org.");
            // Known to be down: the next requests do not wait for the driver's timeouts.
            long started = System.nanoTime();
            for (int i = 0; i < 10; i++) {
                assertThat(graphql.query("{ about { enterpriseCount } }").firstErrorCode())
                        .isEqualTo("DATABASE_UNAVAILABLE");
            }
            long tenFailuresMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.println("10 requests during the outage answered in " + tenFailuresMillis + " ms");
            assertThat(tenFailuresMillis).as("circuit open: no driver waits").isLessThan(5_000);

            owner = ApplicationContext.run(EmbeddedServer.class, ownerSettings);
            long deadline = System.nanoTime() + 30_000_000_000L;
            GraphQLClient.Response recovered = graphql.query("{ about { enterpriseCount } }");
            while (recovered.firstErrorCode() != null && System.nanoTime() < deadline) {
                TestMachine.pause(200);
                recovered = graphql.query("{ about { enterpriseCount } }");
            }
            assertThat(recovered.dataWithoutErrors().path("about").path("enterpriseCount").asInt()).isZero();
            assertThat(graphql.getRaw("/health").statusCode()).isEqualTo(200);
        } finally {
            if (client != null) {
                client.close();
            }
            if (owner.isRunning()) {
                owner.close();
            }
        }
    }

}
