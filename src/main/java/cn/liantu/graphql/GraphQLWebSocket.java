package cn.liantu.graphql;

import cn.liantu.security.Authenticator;
import cn.liantu.security.Caller;
import cn.liantu.service.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.micronaut.http.HttpRequest;
import io.micronaut.websocket.CloseReason;
import io.micronaut.websocket.WebSocketSession;
import io.micronaut.websocket.annotation.OnClose;
import io.micronaut.websocket.annotation.OnMessage;
import io.micronaut.websocket.annotation.OnOpen;
import io.micronaut.websocket.annotation.ServerWebSocket;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.reactivestreams.Publisher;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.scheduler.Schedulers;

/**
 * GraphQL subscriptions over WebSocket at /graphql-ws with the graphql-transport-ws protocol:
 * connection_init (credentials in its payload or the upgrade request) → connection_ack, then
 * subscribe / next / error / complete per operation id, and ping / pong. Protocol violations close
 * the socket with the protocol's codes (4400, 4401, 4403, 4409, 4429).
 */
@ServerWebSocket(value = "/graphql-ws", subprotocols = GraphQLWebSocket.PROTOCOL)
public class GraphQLWebSocket {

    static final String PROTOCOL = "graphql-transport-ws";
    private static final String AUTHORIZATION = "authorization";
    private static final String CALLER = "liantu.caller";
    private static final String UPGRADE_AUTHORIZATION = "liantu.upgradeAuthorization";

    private final GraphQL graphQL;
    private final Loaders loaders;
    private final Authenticator authenticator;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Map<String, Disposable>> subscriptionsBySession = new ConcurrentHashMap<>();

    public GraphQLWebSocket(GraphQL graphQL, Loaders loaders, Authenticator authenticator) {
        this.graphQL = graphQL;
        this.loaders = loaders;
        this.authenticator = authenticator;
    }

    @OnOpen
    public void open(WebSocketSession session, HttpRequest<?> request) {
        String authorization = request.getHeaders().get("Authorization");
        if (authorization != null) {
            session.put(UPGRADE_AUTHORIZATION, authorization);
        }
        subscriptionsBySession.put(session.getId(), new ConcurrentHashMap<>());
    }

    @OnMessage
    public void message(String text, WebSocketSession session) {
        JsonNode message;
        try {
            message = json.readTree(text);
        } catch (JsonProcessingException e) {
            close(session, 4400, "Invalid message: not JSON");
            return;
        }
        String type = message.path("type").asText("");
        switch (type) {
            case "connection_init" -> init(session, message.path("payload"));
            case "ping" -> send(session, Map.of("type", "pong"));
            case "pong" -> { }
            case "subscribe" -> subscribe(session, message);
            case "complete" -> stop(session, message.path("id").asText(""));
            default -> close(session, 4400, "Unknown message type '" + type + "'");
        }
    }

    @OnClose
    public void closed(WebSocketSession session) {
        Map<String, Disposable> subscriptions = subscriptionsBySession.remove(session.getId());
        if (subscriptions != null) {
            subscriptions.values().forEach(Disposable::dispose);
        }
    }

    private void init(WebSocketSession session, JsonNode payload) {
        if (session.get(CALLER, Caller.class).isPresent()) {
            close(session, 4429, "Too many initialisation requests");
            return;
        }
        String authorization = payload.path(AUTHORIZATION).isTextual() ? payload.path(AUTHORIZATION).asText()
                : payload.path("Authorization").isTextual() ? payload.path("Authorization").asText()
                : session.get(UPGRADE_AUTHORIZATION, String.class).orElse(null);
        try {
            session.put(CALLER, authenticator.authenticate(authorization, null));
        } catch (ApiException e) {
            close(session, 4403, "Forbidden: " + e.getMessage());
            return;
        }
        send(session, Map.of("type", "connection_ack"));
    }

    private void subscribe(WebSocketSession session, JsonNode message) {
        Caller caller = session.get(CALLER, Caller.class).orElse(null);
        if (caller == null) {
            close(session, 4401, "Unauthorized: send connection_init first");
            return;
        }
        String id = message.path("id").asText("");
        JsonNode payload = message.path("payload");
        if (id.isEmpty() || !payload.path("query").isTextual()) {
            close(session, 4400, "A subscribe message needs an id and a payload with a query");
            return;
        }
        Map<String, Disposable> subscriptions = subscriptionsBySession.get(session.getId());
        if (subscriptions == null || subscriptions.containsKey(id)) {
            close(session, 4409, "Subscriber for " + id + " already exists");
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> variables = payload.path("variables").isObject()
                ? json.convertValue(payload.path("variables"), Map.class) : Map.of();
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(payload.path("query").asText())
                .operationName(payload.path("operationName").isTextual() ? payload.path("operationName").asText() : null)
                .variables(variables)
                .dataLoaderRegistry(loaders.newRegistry())
                .graphQLContext(Map.of(Callers.CONTEXT_KEY, caller))
                .build();
        // Events are published on the writer's thread: hand them to a worker so a slow subscriber
        // never holds a write back.
        subscriptions.put(id, Flux.defer(() -> results(graphQL.execute(input)))
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.boundedElastic())
                .subscribe(result -> next(session, id, result),
                        failure -> error(session, id, failure),
                        () -> complete(session, id)));
    }

    /** A subscription's stream of results, or the one result of a failed or non-subscription operation. */
    @SuppressWarnings("unchecked")
    private static Publisher<ExecutionResult> results(ExecutionResult result) {
        if (result.getErrors().isEmpty() && result.getData() instanceof Publisher<?> stream) {
            return (Publisher<ExecutionResult>) stream;
        }
        return Flux.just(result);
    }

    private void next(WebSocketSession session, String id, ExecutionResult result) {
        if (result.getData() == null && !result.getErrors().isEmpty()) {
            send(session, Map.of("type", "error", "id", id, "payload", ErrorMapping.withCodes(result.getErrors())));
            subscriptionsBySession.getOrDefault(session.getId(), Map.of()).remove(id);
            return;
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            payload.put("errors", ErrorMapping.withCodes(result.getErrors()));
        }
        payload.put("data", result.getData());
        send(session, Map.of("type", "next", "id", id, "payload", payload));
    }

    /** A stream that failed: the same codes and messages as over HTTP, never an internal message. */
    private void error(WebSocketSession session, String id, Throwable failure) {
        ErrorMapping.Described error = ErrorMapping.describe(failure);
        send(session, Map.of("type", "error", "id", id, "payload",
                List.of(Map.of("message", error.message(), "extensions", Map.of("code", error.code().name())))));
        subscriptionsBySession.getOrDefault(session.getId(), Map.of()).remove(id);
    }

    private void complete(WebSocketSession session, String id) {
        Map<String, Disposable> subscriptions = subscriptionsBySession.get(session.getId());
        if (subscriptions != null && subscriptions.remove(id) != null) {
            send(session, Map.of("type", "complete", "id", id));
        }
    }

    private void stop(WebSocketSession session, String id) {
        Map<String, Disposable> subscriptions = subscriptionsBySession.get(session.getId());
        Disposable subscription = subscriptions == null ? null : subscriptions.remove(id);
        if (subscription != null) {
            subscription.dispose();
        }
    }

    private void send(WebSocketSession session, Map<String, Object> message) {
        if (!session.isOpen()) {
            return;
        }
        try {
            session.sendAsync(json.writeValueAsString(message));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a subscription message", e);
        }
    }

    private static void close(WebSocketSession session, int code, String reason) {
        session.close(new CloseReason(code, reason.length() > 120 ? reason.substring(0, 120) : reason));
    }
}
