package cn.liantu.bench;

import cn.liantu.bench.RecordingCypher.Statement;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.driver.Session;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Transaction;

/**
 * The GraphQL benchmark (bench/run.sh; not a test). Over an imported database:
 * <ol>
 *   <li>capture: LianTu runs in this JVM once per operation with {@link RecordingCypher}, which
 *       records every statement and its parameters;</li>
 *   <li>LianTu then runs as its own process (the jar, as users run it) with Bolt on loopback;
 *       each operation is checked (no errors, Cypher per request as captured) and driven by a
 *       closed loop at 1 and 16 clients;</li>
 *   <li>raw: the captured statements of each operation, run one after the other through the Java
 *       driver over Bolt into the same database process: no GraphQL, no HTTP;</li>
 *   <li>library: the Neo4j GraphQL Library (bench/neo4j-graphql) over the same Bolt, its answers
 *       checked against LianTu's before timing.</li>
 * </ol>
 * The three are interleaved per operation so that noise from other work on the machine falls on
 * all of them alike. Prints the tables and writes them to {@code --results}.
 */
public final class Bench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final StringBuilder report = new StringBuilder();

    private Bench(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        int status;
        try {
            status = new Bench(options).run();
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    /** One operation's statements as LianTu sent them, and LianTu's answer. */
    private record Captured(Operation op, List<Statement> statements, JsonNode data) {
    }

    private int run() throws Exception {
        Files.createDirectories(options.outDir);
        List<Captured> captured = capture();
        writeCypherFields(captured);
        Process server = startLiantu();
        Process library = null;
        try (Driver driver = GraphDatabase.driver("bolt://" + options.bolt, AuthTokens.none(),
                Config.builder().withMaxConnectionPoolSize(64).withoutEncryption().build())) {
            String liantuUrl = "http://127.0.0.1:" + options.port + "/graphql";
            waitFor(liantuUrl, "{ __typename }", Duration.ofMinutes(3), server);
            List<String> problems = checkLiantu(captured, liantuUrl);
            String libraryUrl = "http://127.0.0.1:" + options.libraryPort + "/graphql";
            Map<String, String> libraryQueries = new LinkedHashMap<>();
            if (!options.skipLibrary) {
                library = startLibrary();
                if (library != null) {
                    waitFor(libraryUrl, "{ __typename }", Duration.ofMinutes(2), library);
                    libraryQueries = checkLibrary(captured, libraryUrl, problems);
                }
            }
            problems.forEach(p -> System.out.println("CHECK FAILED: " + p));
            warmUp(captured, liantuUrl, driver, libraryUrl, libraryQueries);
            statementTimes(captured, driver);
            if (options.seconds <= 0) {
                System.out.println("--seconds 0: statements timed, no load runs.");
                return problems.isEmpty() ? 0 : 2;
            }
            Map<String, Map<String, LoadRun.Result>> results = measure(captured, liantuUrl, driver, libraryUrl,
                    libraryQueries);
            printReport(captured, results, libraryQueries, problems);
            return problems.isEmpty() ? 0 : 2;
        } finally {
            stop(library);
            stop(server);
        }
    }

    // ---- capture ---------------------------------------------------------------------------

    private List<Captured> capture() throws Exception {
        System.out.println("Capturing the Cypher of each operation (LianTu in this JVM over " + options.dataDir + ")...");
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("micronaut.server.port", -1);
        properties.put("liantu.data-dir", options.dataDir.toString());
        properties.put("liantu.demo-data", false);
        properties.put("liantu.page-cache-memory", options.pageCache);
        properties.put("liantu.bench.capture", true);
        try (ApplicationContext context = ApplicationContext.run(properties)) {
            EmbeddedServer app = context.getBean(EmbeddedServer.class);
            app.start();
            RecordingCypher recorder = app.getApplicationContext().getBean(RecordingCypher.class);
            String url = app.getURI() + "/graphql";
            String root = supplyRoot(url);
            List<Captured> captured = new ArrayList<>();
            for (Operation op : Operations.mix(options.city, options.chain, root, options.searchText)) {
                if (!options.operations.isEmpty() && !options.operations.contains(op.name())) {
                    continue;
                }
                post(url, op.liantuQuery());
                recorder.drain();
                JsonNode answer = JSON.readTree(post(url, op.liantuQuery()));
                List<Statement> statements = recorder.drain();
                if (answer.has("errors")) {
                    throw new IllegalStateException(op.name() + " failed on LianTu: " + answer.get("errors"));
                }
                captured.add(new Captured(op, statements, answer.get("data")));
                System.out.printf("  %-18s %d statements, rows %s%n", op.name(), statements.size(),
                        statements.stream().map(s -> String.valueOf(s.rows())).collect(Collectors.joining("+")));
            }
            return captured;
        }
    }

    /** The chain's leader in the city, else the city's biggest enterprise in the chain: the supply-chain root. */
    private String supplyRoot(String url) throws Exception {
        JsonNode leaders = JSON.readTree(post(url, "{ chain(id: \"%s\") { leaders(regionCode: \"%s\") { enterprise { uscc } } } }"
                .formatted(options.chain, options.city))).path("data").path("chain").path("leaders");
        if (leaders.size() > 0) {
            return leaders.get(0).path("enterprise").path("uscc").asText();
        }
        JsonNode biggest = JSON.readTree(post(url, ("{ enterprises(first: 1, filter: { regionCode: \"%s\", chainId: \"%s\" }, "
                + "orderBy: [{ field: REVENUE, direction: DESC }]) { edges { node { uscc } } } }")
                .formatted(options.city, options.chain)));
        return biggest.path("data").path("enterprises").path("edges").path(0).path("node").path("uscc").asText();
    }

    /** For the library: one @cypher Query field per captured statement of the operations it serves so. */
    private void writeCypherFields(List<Captured> captured) throws IOException {
        List<Map<String, Object>> fields = new ArrayList<>();
        StringBuilder readable = new StringBuilder("# The Cypher LianTu sent per operation (captured by the benchmark)\n");
        for (Captured c : captured) {
            readable.append("\n## ").append(c.op().name()).append(" (").append(c.statements().size())
                    .append(" statements)\n");
            for (int i = 0; i < c.statements().size(); i++) {
                Statement s = c.statements().get(i);
                readable.append("\n// ").append(s.name()).append(", parameters ")
                        .append(JSON.writeValueAsString(printable(s.parameters()))).append(", ").append(s.rows()).append(" rows\n")
                        .append(s.text()).append('\n');
                if (c.op().library() != Operation.Library.CYPHER) {
                    continue;
                }
                Map<String, Object> field = new LinkedHashMap<>();
                field.put("field", cypherField(c.op(), i));
                Map<String, String> arguments = new LinkedHashMap<>();
                s.parameters().forEach((name, value) -> arguments.put(name, graphqlType(value)));
                field.put("arguments", arguments);
                String row = s.columns().stream().map(col -> col + ": " + col).collect(Collectors.joining(", "));
                field.put("statement", "CALL () {\n" + s.text() + "\n}\nRETURN {" + row + "} AS row");
                fields.add(field);
            }
        }
        Files.writeString(options.outDir.resolve("cypher-fields.json"), JSON.writerWithDefaultPrettyPrinter()
                .writeValueAsString(fields));
        Files.writeString(options.outDir.resolve("statements.md"), readable);
    }

    /** Parameters for reading: dates as ISO text. */
    private static Object printable(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, printable(v)));
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Bench::printable).toList();
        }
        return value instanceof LocalDate date ? date.toString() : value;
    }

    private static String cypherField(Operation op, int index) {
        return op.name() + "_" + index;
    }

    private static String graphqlType(Object value) {
        if (value == null) {
            return "String";
        }
        if (value instanceof List<?> list) {
            return "[" + (list.isEmpty() ? "String" : graphqlType(list.getFirst())) + "!]";
        }
        if (value instanceof Integer || value instanceof Long) {
            return "Int";
        }
        if (value instanceof Double || value instanceof Float) {
            return "Float";
        }
        if (value instanceof Boolean) {
            return "Boolean";
        }
        if (value instanceof LocalDate) {
            return "Date";
        }
        if (value instanceof String) {
            return "String";
        }
        if (value instanceof Map<?, ?>) {
            return "JSON";
        }
        throw new IllegalArgumentException("No GraphQL type for a parameter of " + value.getClass());
    }

    /** The parameter as a GraphQL literal. */
    private static String literal(Object value) throws IOException {
        if (value == null) {
            return "null";
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            for (Object item : list) {
                items.add(literal(item));
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof String || value instanceof LocalDate) {
            return JSON.writeValueAsString(value.toString());
        }
        if (value instanceof Map<?, ?> map) {
            // A map's keys (product ids) are no GraphQL names: it goes as JSON text, which the
            // library server's JSON scalar parses (bench/neo4j-graphql/server.mjs).
            return JSON.writeValueAsString(JSON.writeValueAsString(printable(map)));
        }
        return String.valueOf(value);
    }

    // ---- the processes -----------------------------------------------------------------------

    private Process startLiantu() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(List.of(options.serverJavaOpts.trim().split("\\s+")));
        command.addAll(List.of("-jar", options.jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(options.outDir.resolve("liantu-server.log").toFile());
        builder.environment().put("LIANTU_DATA_DIR", options.dataDir.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(options.port));
        builder.environment().put("LIANTU_BOLT_LISTEN", options.bolt);
        builder.environment().put("LIANTU_PAGE_CACHE_MEMORY", options.pageCache);
        System.out.println("Starting LianTu: " + String.join(" ", command) + " (log " + options.outDir.resolve("liantu-server.log") + ")");
        return builder.start();
    }

    private Process startLibrary() throws IOException {
        Path dir = Path.of("bench", "neo4j-graphql");
        if (!Files.isDirectory(dir.resolve("node_modules"))) {
            System.out.println("Skipping the Neo4j GraphQL Library: " + dir.resolve("node_modules")
                    + " is missing (bench/run.sh installs it with npm ci; needs node 20+ and npm).");
            return null;
        }
        ProcessBuilder builder = new ProcessBuilder(options.node, "server.mjs")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(options.outDir.resolve("neo4j-graphql-server.log").toFile());
        builder.environment().put("NEO4J_URI", "bolt://" + options.bolt);
        builder.environment().put("PORT", String.valueOf(options.libraryPort));
        builder.environment().put("CYPHER_FIELDS", options.outDir.resolve("cypher-fields.json").toAbsolutePath().toString());
        System.out.println("Starting the Neo4j GraphQL Library (log " + options.outDir.resolve("neo4j-graphql-server.log") + ")");
        return builder.start();
    }

    private void waitFor(String url, String query, Duration limit, Process process) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The server behind " + url + " stopped (exit " + process.exitValue()
                        + "); see its log in " + options.outDir);
            }
            try {
                post(url, query);
                return;
            } catch (IOException e) {
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("No answer from " + url + " within " + limit);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    // ---- checks ----------------------------------------------------------------------------

    private List<String> checkLiantu(List<Captured> captured, String url) throws Exception {
        List<String> problems = new ArrayList<>();
        for (Captured c : captured) {
            post(url, c.op().liantuQuery());
            JsonNode answer = JSON.readTree(post(url, c.op().liantuQuery()));
            int queries = answer.path("extensions").path("cypherQueries").asInt(-1);
            if (answer.has("errors")) {
                problems.add(c.op().name() + ": LianTu answered with errors " + answer.get("errors"));
            } else if (queries != c.statements().size()) {
                problems.add(c.op().name() + ": LianTu reports " + queries + " Cypher statements, the capture saw "
                        + c.statements().size());
            } else if (!answer.get("data").equals(c.data())) {
                problems.add(c.op().name() + ": LianTu's server answered differently from the capture run");
            }
        }
        return problems;
    }

    /** The library's query per operation it serves, after checking it returns what LianTu does. */
    private Map<String, String> checkLibrary(List<Captured> captured, String url, List<String> problems) throws Exception {
        Map<String, String> queries = new LinkedHashMap<>();
        for (Captured c : captured) {
            Operation op = c.op();
            String query = switch (op.library()) {
                case NATIVE -> op.libraryQuery();
                case CYPHER -> cypherQuery(c);
                case NONE -> null;
            };
            if (query == null) {
                continue;
            }
            JsonNode answer = JSON.readTree(post(url, query));
            if (answer.has("errors")) {
                problems.add(op.name() + ": the library answered with errors " + answer.get("errors"));
                continue;
            }
            String expected;
            String actual;
            if (op.library() == Operation.Library.NATIVE) {
                expected = op.liantuCheck().apply(c.data());
                actual = op.libraryCheck().apply(answer.get("data"));
            } else {
                expected = c.statements().stream().map(s -> String.valueOf(s.rows())).collect(Collectors.joining(","));
                List<String> rows = new ArrayList<>();
                for (int i = 0; i < c.statements().size(); i++) {
                    rows.add(String.valueOf(answer.path("data").path("s" + i).size()));
                }
                actual = String.join(",", rows);
            }
            if (!expected.equals(actual)) {
                problems.add(op.name() + ": the library's answer differs: LianTu " + expected + ", library " + actual);
                continue;
            }
            System.out.printf("  %-18s library agrees (%s)%n", op.name(), abbreviate(actual));
            queries.put(op.name(), query);
        }
        return queries;
    }

    private static String cypherQuery(Captured c) throws IOException {
        StringBuilder query = new StringBuilder("{");
        for (int i = 0; i < c.statements().size(); i++) {
            Statement s = c.statements().get(i);
            List<String> arguments = new ArrayList<>();
            for (Map.Entry<String, Object> p : s.parameters().entrySet()) {
                arguments.add(p.getKey() + ": " + literal(p.getValue()));
            }
            query.append(" s").append(i).append(": ").append(cypherField(c.op(), i));
            if (!arguments.isEmpty()) {
                query.append('(').append(String.join(", ", arguments)).append(')');
            }
        }
        return query.append(" }").toString();
    }

    /** Each captured statement alone, through the driver: the median of 15 runs after 5, one client. */
    private void statementTimes(List<Captured> captured, Driver driver) throws IOException {
        StringBuilder table = new StringBuilder("| operation | # | statement | rows | median ms |\n|---|--:|---|--:|--:|\n");
        for (Captured c : captured) {
            for (int i = 0; i < c.statements().size(); i++) {
                Statement s = c.statements().get(i);
                long[] times = new long[15];
                for (int run = -5; run < times.length; run++) {
                    long start = System.nanoTime();
                    runRaw(driver, List.of(s));
                    if (run >= 0) {
                        times[run] = System.nanoTime() - start;
                    }
                }
                java.util.Arrays.sort(times);
                table.append("| %s | %d | %s | %d | %s |\n".formatted(c.op().name(), i + 1, s.name(), s.rows(),
                        fmt(times[times.length / 2] / 1e6)));
            }
        }
        statementTable = table.toString();
        System.out.print(statementTable);
    }

    private String statementTable = "";

    // ---- measuring -------------------------------------------------------------------------

    private Map<String, Map<String, LoadRun.Result>> measure(List<Captured> captured, String liantuUrl, Driver driver,
                                                            String libraryUrl, Map<String, String> libraryQueries)
            throws Exception {
        Map<String, Map<String, LoadRun.Result>> results = new LinkedHashMap<>();
        for (Captured c : captured) {
            Map<String, LoadRun.Result> byRun = new LinkedHashMap<>();
            results.put(c.op().name(), byRun);
            String body = JSON.writeValueAsString(Map.of("query", c.op().liantuQuery()));
            String libraryQuery = libraryQueries.get(c.op().name());
            String libraryBody = libraryQuery == null ? null : JSON.writeValueAsString(Map.of("query", libraryQuery));
            for (int clients : options.clients) {
                byRun.put("liantu" + clients, load(c.op().name(), "LianTu", clients, () -> postChecked(liantuUrl, body)));
                byRun.put("raw" + clients, load(c.op().name(), "raw Cypher", clients, () -> runRaw(driver, c.statements())));
                if (libraryBody != null) {
                    byRun.put("library" + clients, load(c.op().name(), "Neo4j GraphQL Library", clients,
                            () -> postChecked(libraryUrl, libraryBody)));
                }
            }
        }
        return results;
    }

    /**
     * Each system answers all the operations in turn for a while before anything is measured, as a
     * server that has been running does: the JIT compilers (Java's and Node's) and the database's
     * plan cache have seen every request. Without it the first operations measured pay for that.
     */
    private void warmUp(List<Captured> captured, String liantuUrl, Driver driver, String libraryUrl,
                        Map<String, String> libraryQueries) throws Exception {
        if (options.serverWarmupSeconds <= 0) {
            return;
        }
        List<LoadRun.Request> liantu = new ArrayList<>();
        List<LoadRun.Request> raw = new ArrayList<>();
        List<LoadRun.Request> library = new ArrayList<>();
        for (Captured c : captured) {
            String body = JSON.writeValueAsString(Map.of("query", c.op().liantuQuery()));
            liantu.add(() -> postChecked(liantuUrl, body));
            raw.add(() -> runRaw(driver, c.statements()));
            String libraryQuery = libraryQueries.get(c.op().name());
            if (libraryQuery != null) {
                String libraryBody = JSON.writeValueAsString(Map.of("query", libraryQuery));
                library.add(() -> postChecked(libraryUrl, libraryBody));
            }
        }
        warmUp("LianTu", liantu);
        warmUp("raw Cypher", raw);
        if (!library.isEmpty()) {
            warmUp("Neo4j GraphQL Library", library);
        }
    }

    private void warmUp(String who, List<LoadRun.Request> operations) throws InterruptedException {
        java.util.concurrent.atomic.AtomicLong turn = new java.util.concurrent.atomic.AtomicLong();
        LoadRun.Result r = LoadRun.run(() -> operations.get((int) (turn.getAndIncrement() % operations.size())).send(),
                WARM_UP_CLIENTS, 0, options.serverWarmupSeconds);
        System.out.printf(Locale.ROOT, "  warm-up %-22s %d operations in turn, %d clients, %s s: %d requests%s%n", who,
                operations.size(), WARM_UP_CLIENTS, fmt(options.serverWarmupSeconds), r.requests(),
                r.errors() > 0 ? ", " + r.errors() + " errors, first: " + r.firstError() : "");
    }

    private static final int WARM_UP_CLIENTS = 4;

    private LoadRun.Result load(String op, String who, int clients, LoadRun.Request request) throws InterruptedException {
        LoadRun.Result r = LoadRun.run(request, clients, options.warmupSeconds, options.seconds);
        System.out.printf(Locale.ROOT, "  %-18s %-22s %2d clients: %8.1f req/s  p50 %7.1f  p95 %7.1f  p99 %7.1f ms%s%n",
                op, who, clients, r.throughput(), r.p50(), r.p95(), r.p99(),
                r.errors() > 0 ? "  " + r.errors() + " errors, first: " + r.firstError() : "");
        return r;
    }

    /** The statements in order in one read transaction, as LianTu runs a query request's reads. */
    private static void runRaw(Driver driver, List<Statement> statements) {
        try (Session session = driver.session(SessionConfig.builder().withDatabase("neo4j")
                .withDefaultAccessMode(AccessMode.READ).build());
             Transaction tx = session.beginTransaction()) {
            for (Statement s : statements) {
                tx.run(s.text(), s.parameters()).list();
            }
        }
    }

    private String post(String url, String query) throws IOException, InterruptedException {
        return send(url, JSON.writeValueAsString(Map.of("query", query)));
    }

    private void postChecked(String url, String body) throws IOException, InterruptedException {
        String answer = send(url, body);
        if (answer.contains("\"errors\"")) {
            throw new IOException("errors in the answer: " + abbreviate(answer));
        }
    }

    private String send(String url, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("HTTP " + response.statusCode() + " from " + url + ": " + abbreviate(response.body()));
        }
        return response.body();
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    // ---- the report ------------------------------------------------------------------------

    private void printReport(List<Captured> captured, Map<String, Map<String, LoadRun.Result>> results,
                             Map<String, String> libraryQueries, List<String> problems) throws IOException {
        int low = options.clients.getFirst();
        int high = options.clients.getLast();
        line("## LianTu GraphQL benchmark, " + options.label);
        line("");
        line(("%s UTC, data %s, city %s, chain %s, %s s measured after %s s warm-up per run (before the runs, %s s of"
                + " all operations in turn per system), closed loop; ")
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toLocalDateTime(), options.dataDir.getFileName(),
                        options.city, options.chain, fmt(options.seconds), fmt(options.warmupSeconds),
                        fmt(options.serverWarmupSeconds))
                + "server `" + options.serverJavaOpts + "`, page cache " + options.pageCache + ", "
                + Runtime.getRuntime().availableProcessors() + " cores shared with the load generator"
                + " (and other work on the machine: figures are noisy). Latencies in ms.");
        line("");
        line("### LianTu");
        line("");
        line("| operation | Cypher/request | %1$d: req/s | %1$d: p50 | %1$d: p95 | %1$d: p99 | %2$d: req/s | %2$d: p50 | %2$d: p95 | %2$d: p99 |"
                .formatted(low, high));
        line("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
        for (Captured c : captured) {
            LoadRun.Result a = results.get(c.op().name()).get("liantu" + low);
            LoadRun.Result b = results.get(c.op().name()).get("liantu" + high);
            line("| %s | %d | %s | %s | %s | %s | %s | %s | %s | %s |".formatted(c.op().name(), c.statements().size(),
                    fmt(a.throughput()), fmt(a.p50()), fmt(a.p95()), fmt(a.p99()),
                    fmt(b.throughput()), fmt(b.p50()), fmt(b.p95()), fmt(b.p99())));
        }
        line("");
        line("### LianTu ÷ raw Cypher (the same statements and parameters in one read transaction through the Java driver, no GraphQL, no HTTP)");
        line("");
        line("| operation | raw %1$d: p50 | LianTu ÷ raw p50 (%1$d) | LianTu ÷ raw p99 (%1$d) | raw %2$d: req/s | raw ÷ LianTu req/s (%2$d) |"
                .formatted(low, high));
        line("|---|--:|--:|--:|--:|--:|");
        for (Captured c : captured) {
            Map<String, LoadRun.Result> r = results.get(c.op().name());
            line("| %s | %s | %s | %s | %s | %s |".formatted(c.op().name(), fmt(r.get("raw" + low).p50()),
                    ratio(r.get("liantu" + low).p50(), r.get("raw" + low).p50()),
                    ratio(r.get("liantu" + low).p99(), r.get("raw" + low).p99()),
                    fmt(r.get("raw" + high).throughput()),
                    ratio(r.get("raw" + high).throughput(), r.get("liantu" + high).throughput())));
        }
        line("");
        line("### LianTu ÷ Neo4j GraphQL Library (@neo4j/graphql, graphql-yoga, Node " + nodeVersion() + ", same database over Bolt)");
        line("");
        if (libraryQueries.isEmpty()) {
            line("Not run (--skip-library, or npm/node unavailable).");
        } else {
            line("native: the library's own query over the mapped types; @cypher: Query fields holding LianTu's statements.");
            line("");
            line("| operation | library | lib %1$d: p50 | lib %2$d: req/s | lib %2$d: p99 | LianTu ÷ lib req/s (%2$d) | LianTu ÷ lib p99 (%2$d) | LianTu ÷ lib p50 (%1$d) |"
                    .formatted(low, high));
            line("|---|---|--:|--:|--:|--:|--:|--:|");
            for (Captured c : captured) {
                Map<String, LoadRun.Result> r = results.get(c.op().name());
                if (!r.containsKey("library" + high)) {
                    line("| %s | not served | | | | | | |".formatted(c.op().name()));
                    continue;
                }
                line("| %s | %s | %s | %s | %s | %s | %s | %s |".formatted(c.op().name(),
                        c.op().library() == Operation.Library.NATIVE ? "native" : "@cypher",
                        fmt(r.get("library" + low).p50()), fmt(r.get("library" + high).throughput()),
                        fmt(r.get("library" + high).p99()),
                        ratio(r.get("liantu" + high).throughput(), r.get("library" + high).throughput()),
                        ratio(r.get("liantu" + high).p99(), r.get("library" + high).p99()),
                        ratio(r.get("liantu" + low).p50(), r.get("library" + low).p50())));
            }
        }
        line("");
        line("### Each statement alone (raw, one client, median of 15)");
        line("");
        report.append(statementTable);
        long errors = results.values().stream().flatMap(m -> m.values().stream()).mapToLong(LoadRun.Result::errors).sum();
        line("");
        line("Errors during the runs: " + errors + (problems.isEmpty() ? "; all checks passed."
                : "; checks failed: " + String.join("; ", problems)));
        Path file = options.results;
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, report);
        System.out.println();
        System.out.print(report);
        System.out.println("\nWritten to " + file + "; the statements per operation are in " + options.outDir.resolve("statements.md"));
    }

    private void line(String text) {
        report.append(text).append('\n');
    }

    private static String nodeVersion() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
            return new String(p.getInputStream().readAllBytes()).trim();
        } catch (IOException e) {
            return "?";
        }
    }

    private static String fmt(double value) {
        if (Double.isNaN(value)) {
            return "–";
        }
        return value >= 100 ? String.format(Locale.ROOT, "%.0f", value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String ratio(double a, double b) {
        return b == 0 || Double.isNaN(a) || Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%.2f", a / b);
    }

    // ---- options ---------------------------------------------------------------------------

    record Options(Path dataDir, Path jar, Path outDir, Path results, String label, String city, String chain,
                   String searchText, double seconds, double warmupSeconds, double serverWarmupSeconds,
                   List<Integer> clients, boolean skipLibrary,
                   int port, String bolt, int libraryPort, String serverJavaOpts, String pageCache, String node,
                   List<String> operations) {

        static Options parse(String[] args) {
            Map<String, String> o = new LinkedHashMap<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (!a.startsWith("--")) {
                    throw new IllegalArgumentException("Unexpected argument " + a);
                }
                if (a.equals("--skip-library")) {
                    o.put("skip-library", "true");
                } else {
                    o.put(a.substring(2), args[++i]);
                }
            }
            Path out = Path.of(o.getOrDefault("out", "target/bench"));
            return new Options(Path.of(required(o, "data-dir")).toAbsolutePath(),
                    Path.of(o.getOrDefault("jar", "target/liantu.jar")), out,
                    Path.of(o.getOrDefault("results", out.resolve("results.md").toString())),
                    o.getOrDefault("label", ""),
                    o.getOrDefault("city", "340400"), o.getOrDefault("chain", "nev"),
                    o.getOrDefault("search", "电池"),
                    Double.parseDouble(o.getOrDefault("seconds", "10")),
                    Double.parseDouble(o.getOrDefault("warmup", "3")),
                    Double.parseDouble(o.getOrDefault("server-warmup", "20")),
                    List.of(o.getOrDefault("clients", "1,16").split(",")).stream().map(String::trim).map(Integer::parseInt).toList(),
                    o.containsKey("skip-library"),
                    Integer.parseInt(o.getOrDefault("port", "18090")), o.getOrDefault("bolt", "127.0.0.1:17697"),
                    Integer.parseInt(o.getOrDefault("library-port", "14090")),
                    o.getOrDefault("server-java-opts", "-Xmx2g"), o.getOrDefault("page-cache", "1g"),
                    o.getOrDefault("node", "node"),
                    o.containsKey("operations") ? List.of(o.get("operations").split(",")) : List.of());
        }

        private static String required(Map<String, String> o, String name) {
            String value = o.get(name);
            if (value == null) {
                throw new IllegalArgumentException("--" + name + " is required");
            }
            return value;
        }
    }
}
