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
    private final Map<String, String> headers;

    public GraphQLClient(URI base) {
        this(base, Map.of());
    }

    private GraphQLClient(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** The same client sending {@code Authorization: Bearer <credential>} (a token or an API key). */
    public GraphQLClient withBearer(String credential) {
        return withHeader("Authorization", "Bearer " + credential);
    }

    /** The same client as a caller with {@code role}, limited to {@code region} when it is not null. */
    public GraphQLClient as(cn.liantu.security.Role role, String region) {
        return withBearer(TestServer.token(role, region));
    }

    public GraphQLClient withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new GraphQLClient(base, more);
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
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/graphql"))
                .header("Content-Type", contentType)
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request.build());
    }

    public Response get(String query, String accept) {
        URI uri = base.resolve("/graphql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Accept", accept).GET();
        headers.forEach(request::header);
        return send(request.build());
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
