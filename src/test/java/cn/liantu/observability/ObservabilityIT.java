package cn.liantu.observability;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** /metrics, the request log and bookmarks, on the demo writer's database (project prj-050). */
class ObservabilityIT {

    private final GraphQLClient anonymous = new GraphQLClient(TestServer.demoWriter().getURI());
    private final ListAppender<ILoggingEvent> requestLines = new ListAppender<>();
    private final Logger requestLogger = (Logger) LoggerFactory.getLogger("liantu.request");

    @BeforeEach
    void listen() {
        requestLines.start();
        requestLogger.addAppender(requestLines);
    }

    @AfterEach
    void stopListening() {
        requestLogger.detachAppender(requestLines);
    }

    private long metric(String text, String name, String... labels) {
        return text.lines().filter(line -> line.startsWith(name + "{"))
                .filter(line -> List.of(labels).stream().allMatch(line::contains))
                .mapToLong(line -> (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    @Test
    void metricsCountRequestsPerOperationErrorsPerCodeStatementsAndImportedRows() {
        String before = anonymous.getRaw("/metrics").body();
        for (int i = 0; i < 3; i++) {
            anonymous.query("query MetricsProbe { parks(first: 3) { totalCount } }").dataWithoutErrors();
        }
        anonymous.query("mutation { terminateProject(id: \"prj-050\", version: 1, date: \"2026-11-21\", reason: \"x\")"
                + " { version } }");
        anonymous.as(Role.EDITOR, null).query("mutation($input: RecordBatchInput!) { upsertRecords(input: $input) {"
                + " written } }", Map.of("input", Map.of("parks", List.of(Map.of("id", "metrics-park", "name", "指标园区",
                "level", "OTHER", "type", "OTHER", "regionCode", "410305"))))).dataWithoutErrors();

        HttpResponse<String> scrape = anonymous.getRaw("/metrics");
        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
        String after = scrape.body();
        String count = "liantu_graphql_requests_seconds_count";
        assertThat(metric(after, count, "operation=\"MetricsProbe\"", "outcome=\"ok\"", "type=\"query\"")
                - metric(before, count, "operation=\"MetricsProbe\"")).isEqualTo(3);
        assertThat(metric(after, "liantu_graphql_errors_total", "code=\"UNAUTHENTICATED\"")
                - metric(before, "liantu_graphql_errors_total", "code=\"UNAUTHENTICATED\"")).isEqualTo(1);
        assertThat(metric(after, "liantu_neo4j_statements_seconds_count", "statement=\"park/count_parks\"")
                - metric(before, "liantu_neo4j_statements_seconds_count", "statement=\"park/count_parks\""))
                .isEqualTo(3);
        assertThat(metric(after, "liantu_import_rows_total", "file=\"parks.jsonl\"", "outcome=\"created\"")
                - metric(before, "liantu_import_rows_total", "file=\"parks.jsonl\"", "outcome=\"created\""))
                .isEqualTo(1);
        assertThat(after).contains("jvm_memory_used_bytes");
    }

    @Test
    void eachRequestIsOneJsonLineWithoutItsVariables() throws Exception {
        anonymous.as(Role.VIEWER, null).query("query LogProbe($text: String!) { search(text: $text, first: 2) { name } }",
                Map.of("text", "机密的搜索词"));
        List<String> lines = requestLines.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(line -> line.contains("\"LogProbe\"")).toList();
        assertThat(lines).hasSize(1);
        JsonNode line = new ObjectMapper().readTree(lines.getFirst());
        assertThat(line.path("operation").asText()).isEqualTo("LogProbe");
        assertThat(line.path("type").asText()).isEqualTo("query");
        assertThat(line.path("status").asInt()).isEqualTo(200);
        assertThat(line.path("caller").asText()).isEqualTo("viewer");
        assertThat(line.path("errors").size()).isZero();
        assertThat(line.path("cypherQueries").asInt()).isPositive();
        assertThat(line.has("ms")).isTrue();
        assertThat(lines.getFirst()).doesNotContain("机密");
    }

    @Test
    void aWriteAnswersABookmarkThatTheNextRequestCanSendBack() {
        GraphQLClient editor = anonymous.as(Role.EDITOR, null);
        GraphQLClient.Response write = editor.query("mutation($input: RecordBatchInput!) { upsertRecords(input: $input)"
                + " { written } }", Map.of("input", Map.of("parks", List.of(Map.of("id", "bookmark-park",
                "name", "书签园区", "level", "OTHER", "type", "OTHER", "regionCode", "410305")))));
        String bookmark = write.body().path("extensions").path("bookmark").asText();
        assertThat(bookmark).isNotEmpty();
        assertThat(Bookmarks.decode(bookmark)).isNotEmpty();

        JsonNode read = editor.withHeader(Bookmarks.HEADER, bookmark).query("{ park(id: \"bookmark-park\") { name } }")
                .dataWithoutErrors();
        assertThat(read.path("park").path("name").asText()).isEqualTo("书签园区");
        assertThat(editor.query("{ parks(first: 1) { totalCount } }").body().path("extensions").has("bookmark"))
                .as("reads do not hand out bookmarks").isFalse();

        GraphQLClient.Response garbage = editor.withHeader(Bookmarks.HEADER, "not-a-bookmark").query("{ me { id } }");
        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }
}
