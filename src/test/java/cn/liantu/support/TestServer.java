package cn.liantu.support;

import cn.liantu.security.Role;
import cn.liantu.security.TokenMinter;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One LianTu server per test JVM, on a fresh embedded database with the demo data, started on
 * first use and stopped when the JVM exits. Read tests share it and leave the data unchanged.
 */
public final class TestServer {

    private static EmbeddedServer server;

    /** The HS256 secret every test server signs and checks tokens with. */
    public static final String JWT_SECRET = "test-secret-for-liantu-tests-only-0123456789";

    private TestServer() {
    }

    public static synchronized EmbeddedServer get() {
        if (server == null) {
            Path dataDir = freshDirectory("shared");
            server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                    "micronaut.server.port", -1,
                    "liantu.data-dir", dataDir.toString(),
                    "liantu.security.jwt-secret", JWT_SECRET,
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
        return scratch(name, Map.of());
    }

    /** A scratch server with settings of its own, e.g. {@code liantu.demo-data: true} for writers on demo data. */
    public static synchronized EmbeddedServer scratch(String name, Map<String, Object> settings) {
        return SCRATCH.computeIfAbsent(name, key -> {
            Map<String, Object> properties = new java.util.HashMap<>(Map.of(
                    "micronaut.server.port", -1,
                    "liantu.data-dir", freshDirectory("scratch-" + key).toString(),
                    "liantu.demo-data", false,
                    "liantu.security.jwt-secret", JWT_SECRET,
                    "liantu.page-cache-memory", "64m"));
            properties.putAll(settings);
            EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            return server;
        });
    }

    /**
     * A server on its own copy of the demo data for classes that write to it, each on projects of
     * its own (see the class comments). Its transactions time out after 5 s (a query request shares one
     * read transaction, so that is the time of all its reads, cold plans included), so that a timeout can
     * be provoked quickly.
     */
    public static EmbeddedServer demoWriter() {
        return scratch("demo-writer", Map.of("liantu.demo-data", true, "liantu.limits.query-timeout", "5s"));
    }

    public static GraphQLClient client() {
        return new GraphQLClient(get().getURI());
    }

    /** A bearer token for {@code role}, limited to {@code region} when it is not null. */
    public static String token(Role role, String region) {
        return new TokenMinter(JWT_SECRET.getBytes(StandardCharsets.UTF_8))
                .mint(role.name().toLowerCase() + (region == null ? "" : "-" + region), role, region,
                        Duration.ofHours(1), Instant.now());
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
