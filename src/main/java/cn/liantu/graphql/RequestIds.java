package cn.liantu.graphql;

import graphql.schema.DataFetchingEnvironment;
import java.util.UUID;

/**
 * The id a write is recorded under, so that repeating it changes nothing: from the client's
 * {@code Idempotency-Key} header (per caller and per mutation field of the request) when it sends
 * one, otherwise a fresh id that still covers the driver's own transaction retries.
 */
final class RequestIds {

    static final String CONTEXT_KEY = "idempotencyKey";
    static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 200;

    private RequestIds() {
    }

    static String of(DataFetchingEnvironment env) {
        String key = env.getGraphQlContext().get(CONTEXT_KEY);
        if (key == null) {
            return UUID.randomUUID().toString();
        }
        return Callers.of(env).id() + "|" + key + "|" + env.getExecutionStepInfo().getPath();
    }
}
