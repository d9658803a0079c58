package cn.liantu.graphql;

import cn.liantu.config.LimitSettings;
import cn.liantu.graphql.GraphQLRequestReader.BadRequest;
import cn.liantu.graphql.GraphQLRequestReader.GraphQLRequest;
import cn.liantu.graphql.GraphQLRequestReader.Operation;
import cn.liantu.observability.ApiMetrics;
import cn.liantu.observability.Bookmarks;
import cn.liantu.observability.RequestLog;
import cn.liantu.persistence.RequestTrace;
import cn.liantu.security.Authenticator;
import cn.liantu.security.Caller;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import io.micronaut.configuration.graphql.GraphQLController;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Bookmark;

/**
 * The GraphQL endpoint, after the GraphQL-over-HTTP specification: POST with JSON, GET for queries
 * only, responses in application/graphql-response+json when the client accepts it (400 for a
 * request that cannot execute) and application/json otherwise (200 for any well-formed request).
 * The caller is authenticated first: wrong credentials get 401 before anything runs. A request
 * that wrote answers a bookmark; a request sending one back sees that write. Every request is
 * logged and measured. Runs on the blocking pool: fetchers wait on the database.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GraphQLHttpController {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private final GraphQL graphQL;
    private final Loaders loaders;
    private final Authenticator authenticator;
    private final ApiMetrics metrics;
    private final RequestLog requestLog;
    private final ObjectMapper json;
    private final GraphQLRequestReader reader;

    public GraphQLHttpController(GraphQL graphQL, Loaders loaders, Authenticator authenticator, LimitSettings limits,
                                 ApiMetrics metrics, RequestLog requestLog) {
        this.graphQL = graphQL;
        this.loaders = loaders;
        this.authenticator = authenticator;
        this.metrics = metrics;
        this.requestLog = requestLog;
        // Not the application's mapper: that one drops nulls, and GraphQL responses must keep them.
        this.json = new ObjectMapper();
        this.reader = new GraphQLRequestReader(json, limits);
    }

    /** One request on its way: what the log and the metrics need once it is answered. */
    private static final class Exchange {
        final long started = System.nanoTime();
        final boolean graphqlResponse;
        Operation operation = new Operation(null, "unknown");
        String caller = Caller.ANONYMOUS_ID;
        RequestTrace trace = RequestTrace.none();

        Exchange(boolean graphqlResponse) {
            this.graphqlResponse = graphqlResponse;
        }
    }

    /** An answer before rendering: status, body and extra headers. */
    private record Reply(HttpStatus status, Map<String, Object> body, Map<String, String> headers) {
        static Reply error(HttpStatus status, String message, ErrorCode code) {
            return new Reply(status, Map.of("errors", List.of(Map.of("message", message,
                    "extensions", Map.of("code", code.name())))), Map.of());
        }
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, "application/graphql+json"},
            produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> post(HttpRequest<?> request, @Body @Nullable String body) {
        Exchange exchange = new Exchange(wantsGraphQLResponse(request));
        Reply reply;
        try {
            reply = execute(request, reader.fromBody(body), false, exchange);
        } catch (BadRequest e) {
            reply = Reply.error(HttpStatus.BAD_REQUEST, e.getMessage(), ErrorCode.BAD_USER_INPUT);
        }
        return finish(exchange, reply);
    }

    @Get(produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    public HttpResponse<byte[]> get(HttpRequest<?> request, @QueryValue @Nullable String query,
                                    @QueryValue @Nullable String operationName,
                                    @QueryValue @Nullable String variables,
                                    @QueryValue @Nullable String extensions) {
        Exchange exchange = new Exchange(wantsGraphQLResponse(request));
        Reply reply;
        try {
            reply = execute(request, reader.fromParameters(query, operationName, variables, extensions), true, exchange);
        } catch (BadRequest e) {
            reply = Reply.error(HttpStatus.BAD_REQUEST, e.getMessage(), ErrorCode.BAD_USER_INPUT);
        }
        return finish(exchange, reply);
    }

    private Reply execute(HttpRequest<?> http, GraphQLRequest request, boolean viaGet, Exchange exchange) {
        exchange.operation = GraphQLRequestReader.operation(request);
        if (viaGet && !exchange.operation.isQuery() && !"unknown".equals(exchange.operation.type())) {
            Reply refused = Reply.error(HttpStatus.METHOD_NOT_ALLOWED,
                    "Mutations are not allowed over GET; send them with POST", ErrorCode.BAD_USER_INPUT);
            return new Reply(refused.status(), refused.body(), Map.of("Allow", "POST"));
        }
        Caller caller;
        try {
            caller = authenticator.authenticate(http.getHeaders().get("Authorization"), http.getHeaders().get("X-API-Key"));
        } catch (ApiException e) {
            return refused(e);
        } catch (RuntimeException e) {
            if (ErrorMapping.codeOf(ErrorMapping.unwrap(e)) != ErrorCode.DATABASE_UNAVAILABLE) {
                throw e;
            }
            return Reply.error(HttpStatus.SERVICE_UNAVAILABLE, "The database is unavailable right now; try again shortly",
                    ErrorCode.DATABASE_UNAVAILABLE);
        }
        exchange.caller = caller.id();
        Set<Bookmark> bookmarks;
        try {
            bookmarks = Bookmarks.decode(http.getHeaders().get(Bookmarks.HEADER));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(e.getMessage());
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables() == null ? Map.of() : request.variables())
                .extensions(request.extensions() == null ? Map.of() : request.extensions())
                .dataLoaderRegistry(loaders.newRegistry())
                .graphQLContext(context(http, caller))
                .build();
        // A query only reads: its statements share one read transaction.
        RequestTrace.begin(bookmarks, exchange.operation.isQuery());
        ExecutionResult result;
        try {
            result = graphQL.execute(input);
        } finally {
            exchange.trace = RequestTrace.end();
        }
        return answer(result, exchange);
    }

    private Map<Object, Object> context(HttpRequest<?> http, Caller caller) {
        String idempotencyKey = http.getHeaders().get(RequestIds.HEADER);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > RequestIds.MAX_KEY_LENGTH)) {
            throw new BadRequest("The " + RequestIds.HEADER + " header must have 1 to " + RequestIds.MAX_KEY_LENGTH
                    + " characters");
        }
        Map<Object, Object> context = new HashMap<>();
        context.put(Callers.CONTEXT_KEY, caller);
        if (idempotencyKey != null) {
            context.put(RequestIds.CONTEXT_KEY, idempotencyKey.trim());
        }
        return context;
    }

    private Reply answer(ExecutionResult result, Exchange exchange) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!result.getErrors().isEmpty()) {
            body.put("errors", ErrorMapping.withCodes(result.getErrors()));
        }
        if (result.isDataPresent()) {
            body.put("data", result.getData());
        }
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (result.getExtensions() != null) {
            result.getExtensions().forEach((key, value) -> extensions.put(String.valueOf(key), value));
        }
        extensions.put("cypherQueries", exchange.trace.statementCount());
        Map<String, String> headers = new HashMap<>();
        if (exchange.trace.wrote() && !exchange.trace.bookmarks().isEmpty()) {
            String bookmark = Bookmarks.encode(exchange.trace.bookmarks());
            extensions.put("bookmark", bookmark);
            headers.put(Bookmarks.HEADER, bookmark);
        }
        body.put("extensions", extensions);
        boolean requestError = !result.isDataPresent()
                && result.getErrors().stream().anyMatch(ErrorMapping::isRequestError);
        HttpStatus status = exchange.graphqlResponse && requestError ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return new Reply(status, body, headers);
    }

    /** Credentials refused: 401 (with the Bearer challenge) or 403 for a token without a known role. */
    private static Reply refused(ApiException e) {
        if (e.code() == ErrorCode.FORBIDDEN) {
            return Reply.error(HttpStatus.FORBIDDEN, e.getMessage(), e.code());
        }
        Reply reply = Reply.error(HttpStatus.UNAUTHORIZED, e.getMessage(), e.code());
        return new Reply(reply.status(), reply.body(), Map.of("WWW-Authenticate", "Bearer realm=\"liantu\""));
    }

    /** Renders the reply, then logs and measures the request. */
    private HttpResponse<byte[]> finish(Exchange exchange, Reply reply) {
        byte[] utf8;
        try {
            utf8 = json.writeValueAsBytes(reply.body());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a GraphQL response", e);
        }
        String type = (exchange.graphqlResponse ? GRAPHQL_RESPONSE_JSON : MediaType.APPLICATION_JSON) + ";charset=utf-8";
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(reply.status()).body(utf8)
                .header("Content-Type", type);
        reply.headers().forEach(response::header);
        List<String> codes = errorCodes(reply.body());
        long nanos = System.nanoTime() - exchange.started;
        metrics.request(exchange.operation.name(), exchange.operation.type(), codes.isEmpty(), nanos, codes,
                exchange.trace);
        requestLog.log(new RequestLog.Entry(exchange.operation.name(), exchange.operation.type(), reply.status().getCode(),
                nanos, codes, exchange.caller, exchange.trace));
        return response;
    }

    @SuppressWarnings("unchecked")
    private static List<String> errorCodes(Map<String, Object> body) {
        List<String> codes = new ArrayList<>();
        if (body.get("errors") instanceof List<?> errors) {
            for (Object error : errors) {
                Object extensions = ((Map<String, Object>) error).get("extensions");
                if (extensions instanceof Map<?, ?> map && map.get("code") != null) {
                    codes.add(String.valueOf(map.get("code")));
                }
            }
        }
        return codes;
    }

    private static boolean wantsGraphQLResponse(HttpRequest<?> request) {
        return request.getHeaders().accept().stream()
                .anyMatch(type -> GRAPHQL_RESPONSE_JSON.equals(type.getName()));
    }
}
