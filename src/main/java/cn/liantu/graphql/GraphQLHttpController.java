package cn.liantu.graphql;

import cn.liantu.config.LimitSettings;
import cn.liantu.persistence.QueryCounter;
import cn.liantu.security.Authenticator;
import cn.liantu.security.Caller;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The GraphQL endpoint, after the GraphQL-over-HTTP specification: POST with JSON, GET for queries
 * only, responses in application/graphql-response+json when the client accepts it (400 for a
 * request that cannot execute) and application/json otherwise (200 for any well-formed request).
 * The caller is authenticated first: wrong credentials get 401 before anything runs. Runs on the
 * blocking pool: fetchers wait on the database.
 */
@Controller("${graphql.path:/graphql}")
@Replaces(GraphQLController.class)
@ExecuteOn(TaskExecutors.BLOCKING)
public class GraphQLHttpController {

    static final String GRAPHQL_RESPONSE_JSON = "application/graphql-response+json";

    private final GraphQL graphQL;
    private final Loaders loaders;
    private final Authenticator authenticator;
    private final LimitSettings limits;
    private final ObjectMapper json;

    public GraphQLHttpController(GraphQL graphQL, Loaders loaders, Authenticator authenticator, LimitSettings limits) {
        this.graphQL = graphQL;
        this.loaders = loaders;
        this.authenticator = authenticator;
        this.limits = limits;
        // Not the application's mapper: that one drops nulls, and GraphQL responses must keep them.
        this.json = new ObjectMapper();
    }

    /** A decoded GraphQL request. */
    record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
                          Map<String, Object> extensions) {
    }

    @Post(consumes = {MediaType.APPLICATION_JSON, GRAPHQL_RESPONSE_JSON, "application/graphql+json"},
            produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    public HttpResponse<String> post(HttpRequest<?> request, @Body @Nullable String body) {
        boolean graphqlResponse = wantsGraphQLResponse(request);
        GraphQLRequest parsed;
        try {
            parsed = parseBody(body);
        } catch (BadRequest e) {
            return badRequest(graphqlResponse, e.getMessage());
        }
        return execute(request, parsed, graphqlResponse, false);
    }

    @Get(produces = {GRAPHQL_RESPONSE_JSON, MediaType.APPLICATION_JSON})
    public HttpResponse<String> get(HttpRequest<?> request, @QueryValue @Nullable String query,
                                    @QueryValue @Nullable String operationName,
                                    @QueryValue @Nullable String variables,
                                    @QueryValue @Nullable String extensions) {
        boolean graphqlResponse = wantsGraphQLResponse(request);
        GraphQLRequest parsed;
        try {
            if (query == null || query.isBlank()) {
                throw new BadRequest("Missing query parameter 'query'");
            }
            parsed = new GraphQLRequest(query, emptyToNull(operationName), jsonObject(variables, "variables"),
                    jsonObject(extensions, "extensions"));
        } catch (BadRequest e) {
            return badRequest(graphqlResponse, e.getMessage());
        }
        return execute(request, parsed, graphqlResponse, true);
    }

    private HttpResponse<String> execute(HttpRequest<?> http, GraphQLRequest request, boolean graphqlResponse,
                                         boolean viaGet) {
        try {
            checkSize(request);
        } catch (BadRequest e) {
            return badRequest(graphqlResponse, e.getMessage());
        }
        if (viaGet && isMutation(request)) {
            MutableHttpResponse<String> response = respond(HttpStatus.METHOD_NOT_ALLOWED, graphqlResponse,
                    errorBody("Mutations are not allowed over GET; send them with POST", "BAD_USER_INPUT"));
            return response.header("Allow", "POST");
        }
        Caller caller;
        try {
            caller = authenticator.authenticate(http.getHeaders().get("Authorization"), http.getHeaders().get("X-API-Key"));
        } catch (ApiException e) {
            return refused(graphqlResponse, e);
        } catch (RuntimeException e) {
            ErrorCode code = ErrorMapping.codeOf(ErrorMapping.unwrap(e));
            if (code != ErrorCode.DATABASE_UNAVAILABLE) {
                throw e;
            }
            return respond(HttpStatus.SERVICE_UNAVAILABLE, graphqlResponse,
                    errorBody("The database is unavailable right now; try again shortly", code.name()));
        }
        String idempotencyKey = http.getHeaders().get(RequestIds.HEADER);
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > RequestIds.MAX_KEY_LENGTH)) {
            return badRequest(graphqlResponse, "The " + RequestIds.HEADER + " header must have 1 to "
                    + RequestIds.MAX_KEY_LENGTH + " characters");
        }
        Map<Object, Object> context = new java.util.HashMap<>();
        context.put(Callers.CONTEXT_KEY, caller);
        if (idempotencyKey != null) {
            context.put(RequestIds.CONTEXT_KEY, idempotencyKey.trim());
        }
        ExecutionInput input = ExecutionInput.newExecutionInput()
                .query(request.query())
                .operationName(request.operationName())
                .variables(request.variables() == null ? Map.of() : request.variables())
                .extensions(request.extensions() == null ? Map.of() : request.extensions())
                .dataLoaderRegistry(loaders.newRegistry())
                .graphQLContext(context)
                .build();
        QueryCounter.start();
        ExecutionResult result;
        int queries;
        try {
            result = graphQL.execute(input);
        } finally {
            queries = QueryCounter.stop();
        }
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
        extensions.put("cypherQueries", queries);
        body.put("extensions", extensions);
        boolean requestError = !result.isDataPresent()
                && result.getErrors().stream().anyMatch(ErrorMapping::isRequestError);
        HttpStatus status = graphqlResponse && requestError ? HttpStatus.BAD_REQUEST : HttpStatus.OK;
        return respond(status, graphqlResponse, body);
    }

    /** Credentials refused: 401 (with the Bearer challenge) or 403 for a token without a known role. */
    private HttpResponse<String> refused(boolean graphqlResponse, ApiException e) {
        HttpStatus status = e.code() == ErrorCode.FORBIDDEN ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
        MutableHttpResponse<String> response = respond(status, graphqlResponse, errorBody(e.getMessage(), e.code().name()));
        return status == HttpStatus.UNAUTHORIZED ? response.header("WWW-Authenticate", "Bearer realm=\"liantu\"")
                : response;
    }

    /** Refuses documents and variable strings beyond the limits before parsing them. */
    private void checkSize(GraphQLRequest request) {
        if (request.query().length() > limits.maxQueryLength()) {
            throw new BadRequest("The query has " + request.query().length() + " characters; at most "
                    + limits.maxQueryLength() + " are accepted");
        }
        if (request.variables() != null) {
            checkStrings(request.variables(), "variables");
        }
    }

    private void checkStrings(Object value, String path) {
        if (value instanceof String text && text.length() > limits.maxStringLength()) {
            throw new BadRequest("The variable " + path + " has " + text.length() + " characters; at most "
                    + limits.maxStringLength() + " are accepted");
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, item) -> checkStrings(item, path + "." + key));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                checkStrings(list.get(i), path + "[" + i + "]");
            }
        }
    }

    private boolean isMutation(GraphQLRequest request) {
        try {
            Document document = Parser.parse(request.query());
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
            return operations.stream()
                    .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                    .anyMatch(op -> op.getOperation() != OperationDefinition.Operation.QUERY);
        } catch (RuntimeException e) {
            return false; // a syntax error is reported by the execution
        }
    }

    private GraphQLRequest parseBody(String body) {
        if (body == null || body.isBlank()) {
            throw new BadRequest("Empty request body: send a JSON object with a 'query'");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequest("The request body is not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new BadRequest("The request body must be a JSON object with a 'query'");
        }
        JsonNode query = root.get("query");
        if (query == null || !query.isTextual() || query.asText().isBlank()) {
            throw new BadRequest("The request has no 'query' string");
        }
        JsonNode operationName = root.get("operationName");
        if (operationName != null && !operationName.isNull() && !operationName.isTextual()) {
            throw new BadRequest("'operationName' must be a string");
        }
        return new GraphQLRequest(query.asText(),
                operationName == null || operationName.isNull() ? null : operationName.asText(),
                objectField(root, "variables"), objectField(root, "extensions"));
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> objectField(JsonNode root, String name) {
        JsonNode node = root.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            throw new BadRequest("'" + name + "' must be a JSON object");
        }
        return json.convertValue(node, Map.class);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> jsonObject(String text, String name) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(text);
            if (node == null || !node.isObject()) {
                throw new BadRequest("'" + name + "' must be a JSON object");
            }
            return json.convertValue(node, Map.class);
        } catch (JsonProcessingException e) {
            throw new BadRequest("'" + name + "' is not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static boolean wantsGraphQLResponse(HttpRequest<?> request) {
        return request.getHeaders().accept().stream()
                .anyMatch(type -> GRAPHQL_RESPONSE_JSON.equals(type.getName()));
    }

    private HttpResponse<String> badRequest(boolean graphqlResponse, String message) {
        return respond(HttpStatus.BAD_REQUEST, graphqlResponse, errorBody(message, "BAD_USER_INPUT"));
    }

    private static Map<String, Object> errorBody(String message, String code) {
        return Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", code))));
    }

    private MutableHttpResponse<String> respond(HttpStatus status, boolean graphqlResponse, Map<String, Object> body) {
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialise a GraphQL response", e);
        }
        String type = (graphqlResponse ? GRAPHQL_RESPONSE_JSON : MediaType.APPLICATION_JSON) + ";charset=utf-8";
        return HttpResponse.<String>status(status).body(text).header("Content-Type", type);
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** A request that cannot be executed at all. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }
}
