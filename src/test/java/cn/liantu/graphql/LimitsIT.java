package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.GraphDatabase;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;
import org.neo4j.driver.Transaction;

/** Requests beyond the limits are refused before any database work; a statement too slow is stopped. */
class LimitsIT {

    private final GraphQLClient client = TestServer.client();

    private static void assertRefusedBeforeWork(GraphQLClient.Response response, String message) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).contains(message);
        assertThat(response.body().path("extensions").path("cypherQueries").asInt(0)).isZero();
    }

    private GraphQLClient.Response post(String query) {
        String body = "{\"query\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(query) + "}";
        return client.post(body, "application/json", "application/graphql-response+json");
    }

    @Test
    void aDeeplyNestedQueryIsRefused() {
        String query = "{ region(code: \"410305\") { " + "parent { ".repeat(16) + "code" + " }".repeat(16) + " } }";
        assertRefusedBeforeWork(post(query), "maximum query depth exceeded 18 > 15");
        assertRefusedBeforeWork(post(query), "maximum query depth exceeded 18 > 15"); // refusals are not remembered
    }

    @Test
    void aVeryWideQueryIsRefused() {
        String query = "{ enterprises(first: 100) { edges { node { suppliers(first: 100) { enterprise {"
                + " suppliers(first: 100) { enterprise { name } } } } } } } }";
        assertRefusedBeforeWork(post(query), "maximum query complexity exceeded");
        // The same shape with small pages is fine.
        String modest = query.replace("first: 100", "first: 5");
        assertThat(post(modest).dataWithoutErrors().path("enterprises").path("edges").size()).isEqualTo(5);
    }

    @Test
    void aPageSizeGivenAsAVariableIsCheckedForEachValueThoughTheOperationWasAcceptedBefore() {
        String query = "query($n: Int!, $wide: Boolean!) { enterprises(first: $n) { edges { node {"
                + " suppliers(first: $n) { enterprise { name suppliers(first: $n) @include(if: $wide) {"
                + " enterprise { name } } } } } } } }";
        for (int attempt = 0; attempt < 2; attempt++) {
            assertThat(client.query(query, Map.of("n", 5, "wide", true)).dataWithoutErrors()
                    .path("enterprises").path("edges").size()).isEqualTo(5);
            assertThat(client.query(query, Map.of("n", 100, "wide", false)).dataWithoutErrors()
                    .path("enterprises").path("edges").size()).isEqualTo(100);
            GraphQLClient.Response refused = client.query(query, Map.of("n", 100, "wide", true));
            assertThat(refused.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
            assertThat(refused.errors().path(0).path("message").asText()).contains("maximum query complexity exceeded");
            assertThat(refused.cypherQueries()).isZero();
        }
    }

    @Test
    void aRealisticThreeLevelTreeWithCountsIsAccepted() {
        String fields = "id name position keyLink enterprises(filter: {regionCode: \"410300\"}) { totalCount }";
        String tree = "{ chain(id: \"nev\") { name rootSegments { " + fields + " children { " + fields
                + " children { " + fields + " } } } } }";
        assertThat(post(tree).dataWithoutErrors().path("chain").path("rootSegments").size()).isEqualTo(3);
    }

    @Test
    void aHugeDocumentOrStringIsRefused() {
        assertRefusedBeforeWork(post("{ about { version } }" + " ".repeat(20_001)), "at most 20000");
        GraphQLClient.Response response = client.query("query($q: String!) { search(text: $q) { name } }",
                Map.of("q", "锂".repeat(10_001)));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).contains("variables.q").contains("10000");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedWithAGraphQLError() {
        String body = "{\"query\":\"{ about { version } }\",\"variables\":{\"pad\":\"" + "x".repeat(1_100_000) + "\"}}";
        GraphQLClient.Response response = client.post(body, "application/json", "application/json");
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).contains("1MB");
    }

    @Test
    void utf8WorksWithAndWithoutAnExplicitCharset() {
        String body = "{\"query\":\"query($q: String!) { search(text: $q, first: 5) { name } }\","
                + "\"variables\":{\"q\":\"洛阳\"}}";
        String plain = client.post(body, "application/json", "application/json").dataWithoutErrors()
                .path("search").toString();
        String withCharset = client.post(body, "application/json; charset=utf-8", "application/json").dataWithoutErrors()
                .path("search").toString();
        assertThat(plain).contains("洛阳").isEqualTo(withCharset);
    }

    /**
     * A write waiting on a lock held elsewhere is stopped by the transaction timeout: TIMEOUT,
     * and nothing written. The server here allows 5 s per transaction.
     */
    @Test
    void aTransactionOverTheTimeoutIsStoppedAndWritesNothing() throws Exception {
        EmbeddedServer server = TestServer.demoWriter();
        GraphQLClient editor = new GraphQLClient(server.getURI()).as(Role.EDITOR, null);
        GraphDatabase database = server.getApplicationContext().getBean(GraphDatabase.class);
        GraphQLClient.Response response;
        try (Session session = database.driver().session(database.sessionConfig());
             Transaction holder = session.beginTransaction()) {
            holder.run("MATCH (p:Project {id: 'prj-039'}) SET p.name = p.name").consume();
            response = CompletableFuture.supplyAsync(() -> editor.query(
                    "mutation { updateProject(id: \"prj-039\", version: 1, input: {name: \"等锁\", regionCode: \"410324\"})"
                            + " { version } }")).get();
            holder.rollback();
        }
        assertThat(response.firstErrorCode()).as(response.body().toString()).isEqualTo("TIMEOUT");
        assertThat(editor.query("{ project(id: \"prj-039\") { name version } }").dataWithoutErrors()
                .path("project").path("version").asInt()).isEqualTo(1);
    }
}
