package cn.liantu.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphImporter;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Project writes on a database of their own: stage rules, versions, conflicts and history. */
class ProjectWritesIT {

    private static final String PROJECT_FIELDS = "id name stage version amount fundsInPlace signedOn stageDate "
            + "terminationReason investor { name } park { id } segments { role segment { id } } "
            + "history { kind stage date note by version changes }";

    private static EmbeddedServer server;
    private static GraphQLClient client;

    @BeforeAll
    static void importTheSmallFixture() {
        server = TestServer.scratch("projects");
        server.getApplicationContext().getBean(GraphImporter.class)
                .importDataset(DatasetSource.directory(Path.of("src/test/resources/fixtures/small")));
        client = new GraphQLClient(server.getURI()).as(Role.EDITOR, null);
    }

    private static JsonNode create(String id) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("name", "测试项目 " + id);
        input.put("investor", "600999");
        input.put("parkId", "t-park");
        input.put("regionCode", "410305");
        input.put("chainId", "t-bearing");
        input.put("segments", List.of(Map.of("segmentId", "t-steel", "role", "FILL")));
        input.put("amount", 1000);
        input.put("fundsInPlace", 0);
        input.put("stageDate", "2026-01-05");
        return client.query("mutation($input: ProjectInput!) { createProject(input: $input) { " + PROJECT_FIELDS + " } }",
                Map.of("input", input)).dataWithoutErrors().path("createProject");
    }

    private static GraphQLClient.Response advance(String id, int version, String stage, String date) {
        return client.query("mutation($id: ID!, $v: Int!, $s: ProjectStage!, $d: Date!) { advanceProjectStage(id: $id,"
                + " version: $v, stage: $s, date: $d, note: \"按计划\") { " + PROJECT_FIELDS + " } }",
                Map.of("id", id, "v", version, "s", stage, "d", date));
    }

    private static JsonNode read(String id) {
        return client.query("{ project(id: \"" + id + "\") { " + PROJECT_FIELDS + " } }").dataWithoutErrors()
                .path("project");
    }

    @Test
    void aProjectMovesStageByStageAndKeepsItsHistory() {
        JsonNode created = create("w-1");
        assertThat(created.path("version").asInt()).isEqualTo(1);
        assertThat(created.path("stage").asText()).isEqualTo("RESERVE");
        assertThat(created.path("investor").path("name").asText()).isEqualTo("苏州测试特钢");

        int version = 1;
        String[][] moves = {{"NEGOTIATING", "2026-02-01"}, {"SIGNED", "2026-03-01"}, {"STARTED", "2026-03-01"}};
        for (String[] move : moves) {
            JsonNode moved = advance("w-1", version, move[0], move[1]).dataWithoutErrors().path("advanceProjectStage");
            version++;
            assertThat(moved.path("version").asInt()).isEqualTo(version);
            assertThat(moved.path("stage").asText()).isEqualTo(move[0]);
        }

        JsonNode project = read("w-1");
        assertThat(project.path("signedOn").asText()).isEqualTo("2026-03-01");
        List<String> history = new ArrayList<>();
        project.path("history").forEach(change -> history.add(change.path("version").asInt() + " "
                + change.path("kind").asText() + " " + change.path("stage").asText() + " " + change.path("date").asText()
                + " " + change.path("by").asText()));
        assertThat(history).containsExactly(
                "1 CREATED RESERVE 2026-01-05 editor",
                "2 STAGE_ADVANCED NEGOTIATING 2026-02-01 editor",
                "3 STAGE_ADVANCED SIGNED 2026-03-01 editor",
                "4 STAGE_ADVANCED STARTED 2026-03-01 editor");
        assertThat(project.path("history").path(3).path("note").asText()).isEqualTo("按计划");
        assertThat(project.path("history").path(3).path("changes").path(0).asText()).isEqualTo("stage: SIGNED → STARTED");
    }

    @Test
    void illegalMovesAreRefusedAndChangeNothing() {
        create("w-2");
        advance("w-2", 1, "NEGOTIATING", "2026-02-01").dataWithoutErrors();
        JsonNode before = read("w-2");

        GraphQLClient.Response skip = advance("w-2", 2, "STARTED", "2026-03-01");
        GraphQLClient.Response back = advance("w-2", 2, "RESERVE", "2026-03-01");
        GraphQLClient.Response early = advance("w-2", 2, "SIGNED", "2026-01-31");
        GraphQLClient.Response stale = advance("w-2", 1, "SIGNED", "2026-03-01");
        GraphQLClient.Response missing = advance("w-nope", 1, "SIGNED", "2026-03-01");

        assertThat(skip.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(skip.errors().path(0).path("message").asText())
                .isEqualTo("A project at NEGOTIATING can only move to SIGNED (one step at a time), not to STARTED");
        assertThat(back.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(early.errors().path(0).path("message").asText())
                .isEqualTo("The date 2026-01-31 is before the NEGOTIATING date 2026-02-01");
        assertThat(stale.firstErrorCode()).isEqualTo("CONFLICT");
        assertThat(missing.firstErrorCode()).isEqualTo("NOT_FOUND");
        assertThat(read("w-2")).isEqualTo(before);
    }

    @Test
    void ofTwoWritersWithTheSameVersionExactlyOneWins() throws Exception {
        create("w-3");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<GraphQLClient.Response>> writers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            writers.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return advance("w-3", 1, "NEGOTIATING", "2026-02-01");
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<GraphQLClient.Response> writer : writers) {
            GraphQLClient.Response response = writer.get();
            outcomes.add(response.firstErrorCode() == null ? "OK" : response.firstErrorCode());
        }

        assertThat(outcomes).containsExactlyInAnyOrder("OK", "CONFLICT");
        JsonNode project = read("w-3");
        assertThat(project.path("version").asInt()).isEqualTo(2);
        assertThat(project.path("history").size()).isEqualTo(2);
    }

    @Test
    void anUpdateRecordsWhatChangedAndCannotMoveTheStage() {
        create("w-4");
        Map<String, Object> input = new HashMap<>(Map.of("name", "测试项目 w-4", "regionCode", "410305",
                "parkId", "t-park", "investor", "91320500MA00000049", "chainId", "t-bearing", "amount", 2000,
                "fundsInPlace", 500));

        JsonNode updated = client.query("mutation($input: ProjectInput!) { updateProject(id: \"w-4\", version: 1,"
                + " input: $input) { " + PROJECT_FIELDS + " } }", Map.of("input", input))
                .dataWithoutErrors().path("updateProject");
        input.put("stage", "SIGNED");
        GraphQLClient.Response moveByUpdate = client.query("mutation($input: ProjectInput!) { updateProject(id: \"w-4\","
                + " version: 2, input: $input) { version } }", Map.of("input", input));

        assertThat(updated.path("version").asInt()).isEqualTo(2);
        assertThat(updated.path("amount").asDouble()).isEqualTo(2000.0);
        assertThat(updated.path("history").path(1).path("changes").toString())
                .isEqualTo("[\"amount: 1000.0 → 2000.0\",\"fundsInPlace: 0.0 → 500.0\"]");
        assertThat(moveByUpdate.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(read("w-4").path("version").asInt()).isEqualTo(2);
    }

    @Test
    void invalidDetailsAreRefusedWithTheImportsReasonsAndNothingIsWritten() {
        Map<String, Object> input = Map.of("id", "w-5", "name", "坏项目", "regionCode", "410305", "parkId", "no-park",
                "amount", 100, "fundsInPlace", 200);

        GraphQLClient.Response response = client.query("mutation($input: ProjectInput!) { createProject(input: $input)"
                + " { id } }", Map.of("input", input));

        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText())
                .isEqualTo("fundsInPlace 200.0 exceeds the contracted amount 100.0");
        assertThat(client.query("{ project(id: \"w-5\") { id } }").dataWithoutErrors().path("project").isNull()).isTrue();
    }

    @Test
    void aTerminatedProjectKeepsItsReasonAndMovesNoFurther() {
        create("w-6");
        JsonNode terminated = client.query("mutation { terminateProject(id: \"w-6\", version: 1, date: \"2026-04-01\","
                + " reason: \"投资方资金链断裂\") { " + PROJECT_FIELDS + " } }").dataWithoutErrors().path("terminateProject");

        assertThat(terminated.path("stage").asText()).isEqualTo("TERMINATED");
        assertThat(terminated.path("terminationReason").asText()).isEqualTo("投资方资金链断裂");
        assertThat(terminated.path("history").path(1).path("kind").asText()).isEqualTo("TERMINATED");
        assertThat(advance("w-6", 2, "NEGOTIATING", "2026-05-01").errors().path(0).path("message").asText())
                .isEqualTo("The project is terminated and moves no further");
    }
}
