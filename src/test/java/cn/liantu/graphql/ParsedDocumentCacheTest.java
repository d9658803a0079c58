package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.parser.Parser;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ParsedDocumentCacheTest {

    private final AtomicInteger parses = new AtomicInteger();

    private PreparsedDocumentEntry parse(ExecutionInput input) {
        parses.incrementAndGet();
        if (input.getQuery().contains("broken")) {
            GraphQLError error = GraphqlErrorBuilder.newError().message("broken").build();
            return new PreparsedDocumentEntry(List.of(error));
        }
        return new PreparsedDocumentEntry(Parser.parse(input.getQuery()));
    }

    private PreparsedDocumentEntry get(ParsedDocumentCache cache, String query) {
        return cache.getDocumentAsync(ExecutionInput.newExecutionInput(query).build(), this::parse).join();
    }

    @Test
    void aRepeatedDocumentIsParsedOnceAndTheLeastRecentlyUsedGoesFirst() {
        ParsedDocumentCache cache = new ParsedDocumentCache(2);
        PreparsedDocumentEntry first = get(cache, "{ a }");
        assertThat(get(cache, "{ a }")).isSameAs(first);
        get(cache, "{ b }");
        get(cache, "{ a }");
        get(cache, "{ c }"); // evicts { b }, the least recently used
        get(cache, "{ a }");
        assertThat(parses.get()).isEqualTo(3);
        get(cache, "{ b }");
        assertThat(parses.get()).isEqualTo(4);
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void documentsWithErrorsAreNotKept() {
        ParsedDocumentCache cache = new ParsedDocumentCache(10);
        get(cache, "{ broken");
        get(cache, "{ broken");
        assertThat(parses.get()).isEqualTo(2);
        assertThat(cache.size()).isZero();
    }
}
