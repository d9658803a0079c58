package cn.liantu.graphql;

import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.DataFetcherExceptionHandlerResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gives every error a stable {@code extensions.code} and a message a user can act on. Unexpected
 * failures are logged with an id and answered INTERNAL with that id, never with a stack trace.
 */
public final class ErrorMapping implements DataFetcherExceptionHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorMapping.class);

    /** A failure as a client sees it: its code and a message it can act on. */
    record Described(ErrorCode code, String message) {
    }

    /** The code and message of any failure; an unexpected one is logged with the id its message gives. */
    static Described describe(Throwable raised) {
        Throwable failure = unwrap(raised);
        ErrorCode code = codeOf(failure);
        return new Described(code, messageOf(code, failure));
    }

    @Override
    public CompletableFuture<DataFetcherExceptionHandlerResult> handleException(
            DataFetcherExceptionHandlerParameters parameters) {
        Described described = describe(parameters.getException());
        GraphQLError error = GraphqlErrorBuilder.newError()
                .message(described.message())
                .path(parameters.getPath())
                .location(parameters.getSourceLocation())
                .extensions(Map.of("code", described.code().name()))
                .build();
        return CompletableFuture.completedFuture(DataFetcherExceptionHandlerResult.newResult(error).build());
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof java.util.concurrent.ExecutionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    static ErrorCode codeOf(Throwable failure) {
        if (failure instanceof ApiException api) {
            return api.code();
        }
        if (failure instanceof Neo4jException neo4j && isTimeout(neo4j.code())) {
            return ErrorCode.TIMEOUT;
        }
        if (failure instanceof ServiceUnavailableException || failure instanceof SessionExpiredException
                || failure instanceof TransientException) {
            return ErrorCode.DATABASE_UNAVAILABLE;
        }
        return ErrorCode.INTERNAL;
    }

    /**
     * A transaction stopped by its timeout: Neo4j says TransactionTimedOut, or Terminated when the
     * timeout struck while the transaction waited for a lock.
     */
    static boolean isTimeout(String code) {
        return code != null && (code.contains("TransactionTimedOut") || code.endsWith("Transaction.Terminated")
                || code.endsWith("Transaction.LockClientStopped"));
    }

    private static String messageOf(ErrorCode code, Throwable failure) {
        return switch (code) {
            case DATABASE_UNAVAILABLE -> "The database is unavailable right now; try again shortly";
            case TIMEOUT -> "The query took too long and was stopped; narrow it (smaller pages, fewer tiers)";
            case INTERNAL -> {
                String id = UUID.randomUUID().toString();
                LOG.error("Internal error {}", id, failure);
                yield "Internal error (id " + id + "); the server log has the details";
            }
            default -> failure.getMessage();
        };
    }

    /**
     * Adds a code to errors raised before any fetcher ran (syntax, validation, variable
     * coercion): those are the client's to fix.
     */
    static List<Map<String, Object>> withCodes(List<GraphQLError> errors) {
        List<Map<String, Object>> specified = new ArrayList<>();
        for (GraphQLError error : errors) {
            Map<String, Object> map = new LinkedHashMap<>(error.toSpecification());
            Map<String, Object> extensions = new LinkedHashMap<>();
            if (error.getExtensions() != null) {
                extensions.putAll(error.getExtensions());
            }
            extensions.putIfAbsent("code", requestErrorCode(error.getErrorType()).name());
            map.put("extensions", extensions);
            specified.add(map);
        }
        return specified;
    }

    private static ErrorCode requestErrorCode(ErrorClassification classification) {
        if (classification == ErrorType.ValidationError || classification == ErrorType.InvalidSyntax
                || classification == ErrorType.OperationNotSupported || classification == ErrorType.ExecutionAborted) {
            return ErrorCode.BAD_USER_INPUT;
        }
        return ErrorCode.INTERNAL;
    }

    /** Whether an error stopped the request before execution (the request itself is bad). */
    static boolean isRequestError(GraphQLError error) {
        ErrorClassification type = error.getErrorType();
        return type == ErrorType.ValidationError || type == ErrorType.InvalidSyntax
                || type == ErrorType.OperationNotSupported || type == ErrorType.ExecutionAborted;
    }
}
