package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * projectChanged over graphql-transport-ws with a real WebSocket client, on the demo writer's
 * data: prj-018 (涧西区 410305, SIGNED) and prj-016 (410307, RESERVE) are written here.
 */
class SubscriptionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final EmbeddedServer server = TestServer.demoWriter();

    /** A graphql-transport-ws client that queues what the server sends, and the close code. */
    private static final class Client implements WebSocket.Listener {
        final BlockingQueue<JsonNode> messages = new LinkedBlockingQueue<>();
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        private final StringBuilder partial = new StringBuilder();
        WebSocket socket;

        static Client connect(URI base) throws Exception {
            Client client = new Client();
            client.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                    .subprotocols("graphql-transport-ws")
                    .buildAsync(URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/graphql-ws"), client)
                    .get(10, TimeUnit.SECONDS);
            return client;
        }

        void send(Map<String, Object> message) throws Exception {
            socket.sendText(JSON.writeValueAsString(message), true).get(10, TimeUnit.SECONDS);
        }

        JsonNode next() throws InterruptedException {
            JsonNode message = messages.poll(20, TimeUnit.SECONDS);
            assertThat(message).as("a message from the server").isNotNull();
            return message;
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    messages.add(JSON.readTree(partial.toString()));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }
    }

    @Test
    void subscribersGetTheWritesInTheirScope() throws Exception {
        Client client = Client.connect(server.getURI());
        assertThat(client.socket.getSubprotocol()).isEqualTo("graphql-transport-ws");
        client.send(Map.of("type", "connection_init", "payload",
                Map.of("Authorization", "Bearer " + TestServer.token(Role.VIEWER, null))));
        assertThat(client.next().path("type").asText()).isEqualTo("connection_ack");
        client.send(Map.of("type", "ping"));
        assertThat(client.next().path("type").asText()).isEqualTo("pong");
        client.send(Map.of("id", "jianxi", "type", "subscribe", "payload", Map.of("query",
                "subscription { projectChanged(scope: {regionCode: \"410305\"}) { kind projectId stage version by"
                        + " project { name } } }")));
        Thread.sleep(1500); // the protocol has no "subscribed" message: give the server time to set it up

        GraphQLClient editor = new GraphQLClient(server.getURI()).as(Role.EDITOR, null);
        editor.query("mutation { advanceProjectStage(id: \"prj-016\", version: 1, stage: NEGOTIATING,"
                + " date: \"2026-11-21\") { version } }").dataWithoutErrors();
        editor.query("mutation { advanceProjectStage(id: \"prj-018\", version: 1, stage: STARTED, date: \"2026-11-21\")"
                + " { version } }").dataWithoutErrors();

        JsonNode event = client.next();
        assertThat(event.path("type").asText()).isEqualTo("next");
        assertThat(event.path("id").asText()).isEqualTo("jianxi");
        assertThat(event.path("payload").path("data").path("projectChanged").toString()).isEqualTo(
                "{\"kind\":\"STAGE_ADVANCED\",\"projectId\":\"prj-018\",\"stage\":\"STARTED\",\"version\":2,"
                        + "\"by\":\"editor\",\"project\":{\"name\":\"" + projectName("prj-018") + "\"}}");

        client.send(Map.of("id", "jianxi", "type", "complete"));
        client.socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }

    private String projectName(String id) {
        return new GraphQLClient(server.getURI()).query("{ project(id: \"" + id + "\") { name } }").dataWithoutErrors()
                .path("project").path("name").asText();
    }

    @Test
    void badCredentialsCloseTheSocket() throws Exception {
        Client client = Client.connect(server.getURI());
        client.send(Map.of("type", "connection_init", "payload", Map.of("Authorization", "Bearer not-a-token")));
        assertThat(client.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4403);
    }

    @Test
    void subscribingBeforeInitIsUnauthorized() throws Exception {
        Client client = Client.connect(server.getURI());
        client.send(Map.of("id", "1", "type", "subscribe", "payload",
                Map.of("query", "subscription { projectChanged { projectId } }")));
        assertThat(client.closed.get(20, TimeUnit.SECONDS)).isEqualTo(4401);
    }
}
