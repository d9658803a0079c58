package cn.liantu.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * Keeps the parsed and validated form of the documents clients send again and again (front ends
 * and dashboards send the same few), so that a repeated request skips parsing and validation.
 * Validation does not depend on variables, so the document text is the key. Least recently used
 * documents go first; documents with errors are not kept.
 */
final class ParsedDocumentCache implements PreparsedDocumentProvider {

    private final Map<String, PreparsedDocumentEntry> entries;

    ParsedDocumentCache(int capacity) {
        this.entries = LeastRecentlyUsed.map(capacity);
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry cached = entries.get(key);
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            entries.put(key, entry);
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        return entries.size();
    }
}
