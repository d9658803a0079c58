package cn.liantu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named statements of cypher/queries, one per file, {@code <area>/<verb>_<noun>.cypher},
 * read from the classpath once and kept.
 */
public final class QueryCatalog {

    private static final Map<String, CypherQuery> LOADED = new ConcurrentHashMap<>();

    private QueryCatalog() {
    }

    /** The statement stored as cypher/queries/{name}.cypher. */
    public static CypherQuery get(String name) {
        return LOADED.computeIfAbsent(name, QueryCatalog::load);
    }

    private static CypherQuery load(String name) {
        String path = "cypher/queries/" + name + ".cypher";
        try (InputStream in = QueryCatalog.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing Cypher statement " + path);
            }
            return new CypherQuery(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + path, e);
        }
    }
}
