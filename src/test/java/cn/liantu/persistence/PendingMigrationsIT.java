package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestMachine;
import cn.liantu.support.TestServer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/**
 * A server whose external database cannot be reached at start serves anyway, refuses to answer
 * from an unmigrated schema, and applies the migrations as soon as the database can be reached.
 * A migration that fails for another reason stops the start.
 */
class PendingMigrationsIT {

    private static final String ABOUT = "{ about { enterpriseCount } }";

    @Test
    void migrationsPendingAtStartAreAppliedWhenTheDatabaseComesUp() {
        int port = TestMachine.freeLoopbackPort();
        EmbeddedNeo4j neo4j = null;
        try (EmbeddedServer server = externalServer(port)) {
            GraphQLClient graphql = new GraphQLClient(server.getURI());
            assertThat(graphql.query(ABOUT).firstErrorCode()).isEqualTo("DATABASE_UNAVAILABLE");

            // A bare Neo4j: nothing but the server above applies the migrations to it.
            neo4j = EmbeddedNeo4j.start(TestServer.freshDirectory("pending-migrations"), "127.0.0.1:" + port, "64m");

            long deadline = System.nanoTime() + 30_000_000_000L;
            GraphQLClient.Response answer = graphql.query(ABOUT);
            while (answer.firstErrorCode() != null && System.nanoTime() < deadline) {
                TestMachine.pause(200);
                answer = graphql.query(ABOUT);
            }
            assertThat(answer.dataWithoutErrors().path("about").path("enterpriseCount").asInt()).isZero();
            assertThat(appliedMigrations(port)).isEqualTo(MigrationRunner.available().size());
            assertThat(graphql.getRaw("/health").statusCode()).isEqualTo(200);
        } finally {
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }

    @Test
    void aReachableDatabaseWhoseMigrationsCannotBeAppliedIsNotAnsweredFrom() {
        int port = TestMachine.freeLoopbackPort();
        EmbeddedNeo4j neo4j = null;
        try (EmbeddedServer server = externalServer(port)) {
            GraphQLClient graphql = new GraphQLClient(server.getURI());
            neo4j = EmbeddedNeo4j.start(TestServer.freshDirectory("unmigratable"), "127.0.0.1:" + port, "64m");
            try (Driver tool = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
                tool.executableQuery("CREATE (:__LiantuMigration {version: 1, checksum: 'changed since'})").execute();
            }
            // The database answers again (the circuit closes within a second), the migrations never apply.
            TestMachine.pause(3 * SchemaMigrations.RETRY_INTERVAL_MILLIS);

            GraphQLClient.Response answer = graphql.query(ABOUT);
            assertThat(answer.firstErrorCode()).isEqualTo("DATABASE_UNAVAILABLE");
            assertThat(graphql.getRaw("/health").body()).contains("schema migrations are not applied yet");
            assertThat(appliedMigrations(port)).isEqualTo(1);
        } finally {
            if (neo4j != null) {
                neo4j.close();
            }
        }
    }

    @Test
    void aMigrationFailingForAnotherReasonStopsTheStart() {
        int port = TestMachine.freeLoopbackPort();
        try (EmbeddedNeo4j neo4j = EmbeddedNeo4j.start(TestServer.freshDirectory("changed-migration"),
                "127.0.0.1:" + port, "64m");
             Driver tool = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            tool.executableQuery("CREATE (:__LiantuMigration {version: 1, checksum: 'changed since'})").execute();

            assertThatThrownBy(() -> externalServer(port).close())
                    .hasStackTraceContaining("Migration V1 was edited after it was applied");
        }
    }

    private static EmbeddedServer externalServer(int port) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "liantu.security.anonymous-role", "VIEWER",
                "neo4j.uri", "neo4j://127.0.0.1:" + port));
    }

    private static long appliedMigrations(int port) {
        try (Driver tool = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none())) {
            return tool.executableQuery("MATCH (m:__LiantuMigration) RETURN count(m) AS n").execute()
                    .records().getFirst().get("n").asLong();
        }
    }
}
