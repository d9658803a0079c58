package cn.liantu.support;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One LianTu server per test JVM, on a fresh embedded database with the demo data, started on
 * first use and stopped when the JVM exits. Read tests share it and leave the data unchanged.
 */
public final class TestServer {

    private static EmbeddedServer server;

    private TestServer() {
    }

    public static synchronized EmbeddedServer get() {
        if (server == null) {
            Path dataDir = freshDirectory("shared");
            server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "liantu.data-dir", dataDir.toString(),
                    "liantu.page-cache-memory", "128m"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> server.close()));
        }
        return server;
    }

    private static final Map<String, EmbeddedServer> SCRATCH = new java.util.HashMap<>();

    /**
     * A server of its own, on an empty database without demo data, for a test class that writes:
     * it never disturbs the demo data that read tests count on, nor another class's writes.
     */
    public static synchronized EmbeddedServer scratch(String name) {
        return SCRATCH.computeIfAbsent(name, key -> {
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "liantu.data-dir", freshDirectory("scratch-" + key).toString(),
                    "liantu.demo-data", false,
                    "liantu.page-cache-memory", "64m"));
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    public static GraphQLClient client() {
        return new GraphQLClient(get().getURI());
    }

    public static <T> T bean(Class<T> type) {
        return get().getApplicationContext().getBean(type);
    }

    /** An empty directory under target/ for one database. */
    public static Path freshDirectory(String name) {
        Path directory = Path.of("target", "test-neo4j", name + "-" + ProcessHandle.current().pid());
        delete(directory);
        try {
            return Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void delete(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
