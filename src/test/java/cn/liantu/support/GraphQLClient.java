package cn.liantu.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Posts real GraphQL over real HTTP to a running server. */
public final class GraphQLClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newHttpClient();

    public GraphQLClient(URI base) {
        this.base = base;
    }

    /** A response: status, content type and the parsed JSON body. */
    public record Response(int status, String contentType, JsonNode body) {

        public JsonNode data() {
            return body.path("data");
        }

        public JsonNode errors() {
            return body.path("errors");
        }

        public String firstErrorCode() {
            return errors().path(0).path("extensions").path("code").asText(null);
        }

        public int cypherQueries() {
            return body.path("extensions").path("cypherQueries").asInt(-1);
        }

        /** The data, failing the test when the response has errors. */
        public JsonNode dataWithoutErrors() {
            if (!errors().isMissingNode() && !errors().isEmpty()) {
                throw new AssertionError("Unexpected errors: " + errors());
            }
            return data();
        }
    }

    public Response query(String query) {
        return query(query, Map.of());
    }

    public Response query(String query, Map<String, Object> variables) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        try {
            return post(JSON.writeValueAsString(body), "application/json", "application/json");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public Response post(String body, String contentType, String accept) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return send(request);
    }

    public Response get(String query, String accept) {
        URI uri = base.resolve("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build());
    }

    public HttpResponse<String> getRaw(String path) {
        try {
            return http.send(HttpRequest.newBuilder(base.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            JsonNode body = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
            return new Response(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
