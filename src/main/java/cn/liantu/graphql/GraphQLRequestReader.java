package cn.liantu.graphql;

import cn.liantu.config.LimitSettings;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import java.util.List;
import java.util.Map;

/**
 * Turns the body of a POST or the parameters of a GET into a GraphQL request, refusing what cannot
 * run (bad JSON, no query, wrong member types) and what is over the size limits.
 */
final class GraphQLRequestReader {

    /** A decoded GraphQL request. */
    record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
                          Map<String, Object> extensions) {
    }

    /** The operation a request runs, for GET's rule, logs and metrics; type "unknown" when it cannot be parsed. */
    record Operation(String name, String type) {
        boolean isQuery() {
            return "query".equals(type);
        }
    }

    /** A request that cannot be executed at all. */
    static final class BadRequest extends RuntimeException {
        BadRequest(String message) {
            super(message);
        }
    }

    private final ObjectMapper json;
    private final LimitSettings limits;

    GraphQLRequestReader(ObjectMapper json, LimitSettings limits) {
        this.json = json;
        this.limits = limits;
    }

    GraphQLRequest fromBody(String body) {
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
        return checked(new GraphQLRequest(query.asText(),
                operationName == null || operationName.isNull() ? null : operationName.asText(),
                objectField(root, "variables"), objectField(root, "extensions")));
    }

    GraphQLRequest fromParameters(String query, String operationName, String variables, String extensions) {
        if (query == null || query.isBlank()) {
            throw new BadRequest("Missing query parameter 'query'");
        }
        return checked(new GraphQLRequest(query, operationName == null || operationName.isBlank() ? null : operationName,
                jsonObject(variables, "variables"), jsonObject(extensions, "extensions")));
    }

    private record DocumentAndName(String document, String operationName) {
    }

    private static final int KNOWN_OPERATIONS = 500;

    /** Operations already found, by document and name: clients send the same few documents again and again. */
    private static final Map<DocumentAndName, Operation> KNOWN = LeastRecentlyUsed.map(KNOWN_OPERATIONS);

    /** The operation that will run; a syntax error is left for the execution to report. */
    static Operation operation(GraphQLRequest request) {
        DocumentAndName key = new DocumentAndName(request.query(), request.operationName());
        Operation known = KNOWN.get(key);
        if (known == null) {
            known = parseOperation(request);
            KNOWN.put(key, known);
        }
        return known;
    }

    private static Operation parseOperation(GraphQLRequest request) {
        try {
            Document document = Parser.parse(request.query());
            List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class).stream()
                    .filter(op -> request.operationName() == null || request.operationName().equals(op.getName()))
                    .toList();
            if (operations.size() != 1) {
                return new Operation(request.operationName(), "unknown");
            }
            OperationDefinition operation = operations.getFirst();
            return new Operation(operation.getName(), operation.getOperation().name().toLowerCase());
        } catch (RuntimeException e) {
            return new Operation(request.operationName(), "unknown");
        }
    }

    private GraphQLRequest checked(GraphQLRequest request) {
        if (request.query().length() > limits.maxQueryLength()) {
            throw new BadRequest("The query has " + request.query().length() + " characters; at most "
                    + limits.maxQueryLength() + " are accepted");
        }
        if (request.variables() != null) {
            checkStrings(request.variables(), "variables");
        }
        return request;
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
}
