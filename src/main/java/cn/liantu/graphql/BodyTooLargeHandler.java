package cn.liantu.graphql;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** A request body over micronaut.server.max-request-size: 413 with a GraphQL error, not the framework's page. */
@Produces
@Singleton
@Replaces(ContentLengthExceededHandler.class)
public class BodyTooLargeHandler implements ExceptionHandler<ContentLengthExceededException, HttpResponse<?>> {

    private final String limit;

    public BodyTooLargeHandler(@Value("${micronaut.server.max-request-size:10MB}") String limit) {
        this.limit = limit;
    }

    @Override
    public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
        Map<String, Object> body = Map.of("errors", List.of(Map.of(
                "message", "The request body is larger than " + limit + "; send less (the import command takes bulk data)",
                "extensions", Map.of("code", "BAD_USER_INPUT"))));
        return HttpResponse.status(HttpStatus.REQUEST_ENTITY_TOO_LARGE).contentType(MediaType.APPLICATION_JSON_TYPE)
                .body(body);
    }
}
