package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The HTTP side of the endpoint: methods, media types, status codes and error codes. */
class GraphQLHttpIT {

    private final GraphQLClient client = TestServer.client();

    @Test
    void postWithJsonAnswersJsonWithUtf8() {
        GraphQLClient.Response response = client.post("{\"query\":\"{ region(code: \\\"410300\\\") { name } }\"}",
                "application/json; charset=utf-8", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.dataWithoutErrors().path("region").path("name").asText()).isEqualTo("洛阳市");
    }

    @Test
    void graphqlResponseMediaTypeIsUsedWhenAccepted() {
        GraphQLClient.Response response = client.post("{\"query\":\"{ about { embeddedDatabase } }\"}",
                "application/json", "application/graphql-response+json, application/json;q=0.9");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/graphql-response+json");
        assertThat(response.data().path("about").path("embeddedDatabase").asBoolean()).isTrue();
    }

    @Test
    void aQueryCanBeSentWithGet() {
        GraphQLClient.Response response = client.get("{ region(code: \"CN\") { level } }", "application/json");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data().path("region").path("level").asText()).isEqualTo("COUNTRY");
    }

    @Test
    void invalidJsonIsABadRequest() {
        GraphQLClient.Response response = client.post("{\"query\": ", "application/json", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).contains("not valid JSON");
    }

    @Test
    void aMissingQueryIsABadRequest() {
        GraphQLClient.Response response = client.post("{\"variables\": {}}", "application/json", "application/json");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.errors().path(0).path("message").asText()).isEqualTo("The request has no 'query' string");
    }

    @Test
    void anUnknownFieldIsBadUserInputWith200ForJsonAnd400ForGraphQLResponse() {
        String body = "{\"query\":\"{ region(code: \\\"CN\\\") { population } }\"}";

        GraphQLClient.Response json = client.post(body, "application/json", "application/json");
        GraphQLClient.Response graphql = client.post(body, "application/json", "application/graphql-response+json");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(json.body().has("data")).isFalse();
        assertThat(graphql.status()).isEqualTo(400);
        assertThat(graphql.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aWrongArgumentTypeAndAnUnknownEnumAreBadUserInput() {
        assertThat(client.query("{ enterprises(first: \"ten\") { totalCount } }").firstErrorCode())
                .isEqualTo("BAD_USER_INPUT");
        assertThat(client.query("{ enterprises(filter: { tags: [NOT_A_TAG] }) { totalCount } }").firstErrorCode())
                .isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void aPageTooLargeIsBadUserInputNamingTheLimit() {
        GraphQLClient.Response response = client.query("{ enterprises(first: 5000) { totalCount } }");

        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText())
                .isEqualTo("first must be between 0 and 100, got 5000");
    }

    @Test
    void anUnknownRegionCodeInAFilterIsBadUserInput() {
        GraphQLClient.Response response = client.query(
                "{ enterprises(filter: { regionCode: \"999999\" }) { totalCount } }");

        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText()).startsWith("Unknown region code '999999'");
    }

    @Test
    void aGarbageCursorIsBadUserInput() {
        GraphQLClient.Response response = client.query("{ enterprises(after: \"garbage\") { totalCount } }");

        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    void healthReportsTheDatabase() {
        HttpResponse<String> response = client.getRaw("/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"").contains("\"mode\":\"embedded\"");
    }

    @Test
    void graphiqlIsServedWithItsAssetsFromTheJar() {
        HttpResponse<String> page = client.getRaw("/graphiql");
        HttpResponse<String> script = client.getRaw("/webjars/graphiql/2.4.7/graphiql.min.js");
        HttpResponse<String> examples = client.getRaw("/assets/graphiql/examples.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("/webjars/graphiql/2.4.7/graphiql.min.js").doesNotContain("https://");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(examples.statusCode()).isEqualTo(200);
    }
}
