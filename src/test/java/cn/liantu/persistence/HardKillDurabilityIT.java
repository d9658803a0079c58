package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestMachine;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The server as a process of its own, on the embedded database with the demo data: writes made
 * with a token from the {@code token} command are acknowledged, the process is killed with
 * SIGKILL, and after a restart on the same directory every acknowledged write is there.
 */
class HardKillDurabilityIT {

    private static final int WRITES = 20;
    private final List<Process> processes = new ArrayList<>();

    @AfterEach
    void stopAll() {
        processes.forEach(Process::destroyForcibly);
    }

    @Test
    void acknowledgedWritesSurviveKillNine() throws Exception {
        Path dataDir = TestServer.freshDirectory("hard-kill").toAbsolutePath();
        int port = TestMachine.freeLoopbackPort();
        Process first = start(dataDir, port, "first");
        GraphQLClient anonymous = new GraphQLClient(URI.create("http://127.0.0.1:" + port));
        awaitHealthy(anonymous, first);

        String token = tokenFromCommand(dataDir);
        GraphQLClient editor = anonymous.withBearer(token);
        for (int i = 1; i <= WRITES; i++) {
            String id = String.format("kill-%02d", i);
            editor.query("mutation($input: ProjectInput!) { createProject(input: $input) { id } }",
                    Map.of("input", Map.of("id", id, "name", "断电测试项目 " + i, "regionCode", "410305",
                            "stage", "SIGNED", "stageDate", "2026-11-01"))).dataWithoutErrors();
        }
        editor.query("mutation { advanceProjectStage(id: \"kill-20\", version: 1, stage: STARTED, date: \"2026-11-20\")"
                + " { version } }").dataWithoutErrors();

        first.destroyForcibly();
        assertThat(first.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(first.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        Process second = start(dataDir, port, "second");
        awaitHealthy(anonymous, second);
        JsonNode projects = editor.query("{ projects(filter: {nameContains: \"断电测试项目\"}, first: 50) { totalCount"
                + " edges { node { id stage version } } } }").dataWithoutErrors().path("projects");
        assertThat(projects.path("totalCount").asInt()).isEqualTo(WRITES);
        JsonNode last = projects.path("edges").findValues("node").stream()
                .filter(node -> node.path("id").asText().equals("kill-20")).findFirst().orElseThrow();
        assertThat(last.path("stage").asText()).isEqualTo("STARTED");
        assertThat(last.path("version").asInt()).isEqualTo(2);
    }

    private Process start(Path dataDir, int port, String name) throws IOException {
        Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + name + ".log");
        ProcessBuilder builder = new ProcessBuilder(javaCommand("cn.liantu.Application"))
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("LIANTU_DATA_DIR", dataDir.toString());
        builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
        builder.environment().remove("NEO4J_URI");
        Process process = builder.start();
        processes.add(process);
        return process;
    }

    private String tokenFromCommand(Path dataDir) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(javaCommand("cn.liantu.Application", "token", "--role", "EDITOR",
                "--region", "410300"));
        builder.environment().put("LIANTU_DATA_DIR", dataDir.toString());
        builder.environment().remove("LIANTU_JWT_SECRET");
        Process process = builder.start();
        processes.add(process);
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(err).isZero();
        assertThat(err).contains("role EDITOR").contains("410300");
        assertThat(Files.exists(dataDir.resolve("jwt-secret"))).isTrue();
        return out;
    }

    private static List<String> javaCommand(String... arguments) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(arguments));
        return command;
    }

    private static void awaitHealthy(GraphQLClient client, Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the server process exited early").isTrue();
            try {
                if (client.getRaw("/health").statusCode() == 200) {
                    return;
                }
            } catch (IllegalStateException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The server did not become healthy in time");
    }
}
