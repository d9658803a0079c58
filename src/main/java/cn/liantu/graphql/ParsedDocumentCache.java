package cn.liantu.graphql;

import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import java.util.LinkedHashMap;
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
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, PreparsedDocumentEntry> eldest) {
                return size() > capacity;
            }
        };
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String key = input.getQuery();
        PreparsedDocumentEntry cached;
        synchronized (entries) {
            cached = entries.get(key);
        }
        if (cached != null) {
            return CompletableFuture.completedFuture(cached);
        }
        PreparsedDocumentEntry entry = parseAndValidate.apply(input);
        if (!entry.hasErrors()) {
            synchronized (entries) {
                entries.put(key, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }

    int size() {
        synchronized (entries) {
            return entries.size();
        }
    }
}
