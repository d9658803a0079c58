package cn.liantu.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.persistence.GraphDatabase;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.GraphSnapshot;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * backup → restore into a fresh directory → the server there has the same graph, down to the
 * project history, audit log and migrations, including a project write made just before the backup.
 */
class BackupRestoreIT {

    @TempDir
    Path temp;

    @Test
    void aBackupRestoredIntoAFreshDirectoryHoldsTheSameGraph() throws IOException {
        Path dataDir = temp.resolve("data");
        Path backups = Files.createDirectories(temp.resolve("backups"));
        EmbeddedServer server = start(dataDir);
        JsonNode moved = editor(server).query("mutation { advanceProjectStage(id: \"prj-002\", version: 1,"
                + " stage: PRODUCING, date: \"2026-11-21\") { stage version } }").dataWithoutErrors()
                .path("advanceProjectStage");
        assertThat(moved.path("stage").asText()).isEqualTo("PRODUCING");
        GraphSnapshot before = GraphSnapshot.of(server.getApplicationContext().getBean(GraphDatabase.class));

        Run running = run(new BackupCommand(), backups.toString(), "--data-dir", dataDir.toString());
        assertThat(running.exit).isEqualTo(1);
        assertThat(running.err).contains("is in use").contains("Stop it first");
        assertThat(files(backups)).isEmpty();

        server.close();
        Run backup = run(new BackupCommand(), backups.toString(), "--data-dir", dataDir.toString());
        assertThat(backup.exit).as(backup.err).isZero();
        List<Path> made = files(backups);
        assertThat(made).hasSize(1);
        Path archive = made.getFirst();
        assertThat(archive.getFileName().toString()).matches("liantu-backup-\\d{8}-\\d{6}\\.zip");

        Run again = run(new BackupCommand(), archive.toString(), "--data-dir", dataDir.toString());
        assertThat(again.exit).isEqualTo(1);
        assertThat(again.err).contains("exists").contains("--force");

        Run occupied = run(new RestoreCommand(), archive.toString(), "--data-dir", dataDir.toString());
        assertThat(occupied.exit).isEqualTo(1);
        assertThat(occupied.err).contains("is not empty").contains("--force");

        Path restored = temp.resolve("restored");
        for (Path damaged : List.of(cutShort(archive), flipped(archive))) {
            Run refused = run(new RestoreCommand(), damaged.toString(), "--data-dir", restored.toString());
            assertThat(refused.exit).isEqualTo(1);
            assertThat(refused.err).contains("is not a valid LianTu backup").contains("Nothing was restored");
            assertThat(restored).doesNotExist();
        }
        Run check = run(new RestoreCommand(), archive.toString(), "--check", "--data-dir", restored.toString());
        assertThat(check.exit).isZero();
        assertThat(check.out).contains("every SHA-256 as listed").contains("nothing restored");
        assertThat(restored).doesNotExist();

        Run restore = run(new RestoreCommand(), backups.toString(), "--data-dir", restored.toString());
        assertThat(restore.exit).as(restore.err).isZero();
        EmbeddedServer reopened = start(restored);
        try {
            GraphSnapshot after = GraphSnapshot.of(reopened.getApplicationContext().getBean(GraphDatabase.class));
            assertThat(after.labels()).isEqualTo(before.labels());
            assertThat(after.relationshipTypes()).isEqualTo(before.relationshipTypes());
            assertThat(after.nodes()).isEqualTo(before.nodes());
            assertThat(after.relationships()).isEqualTo(before.relationships());
            assertThat(after.labels()).containsEntry("Enterprise", 462L).containsEntry("Project", 50L)
                    .containsEntry("ProjectChange", 1L).containsEntry("AuditEntry", 1L);
            JsonNode project = editor(reopened).query("{ project(id: \"prj-002\") { stage version } }")
                    .dataWithoutErrors().path("project");
            assertThat(project.path("stage").asText()).isEqualTo("PRODUCING");
            assertThat(project.path("version").asInt()).isEqualTo(2);
        } finally {
            reopened.close();
        }

        // --force replaces a data directory, keeping the old one aside
        Run forced = run(new RestoreCommand(), archive.toString(), "--force", "--data-dir", dataDir.toString());
        assertThat(forced.exit).as(forced.err).isZero();
        assertThat(forced.out).contains("before-restore");
        try (Stream<Path> siblings = Files.list(temp)) {
            assertThat(siblings.map(p -> p.getFileName().toString()))
                    .anyMatch(name -> name.startsWith("data.before-restore-"))
                    .noneMatch(name -> name.contains(".restore-") && name.startsWith("."));
        }
        assertThat(dataDir.resolve("data/databases/neo4j")).isDirectory();
    }

    private static EmbeddedServer start(Path dataDir) {
        return ApplicationContext.run(EmbeddedServer.class, Map.of(
                "micronaut.server.port", -1,
                "liantu.data-dir", dataDir.toString(),
                "liantu.demo-data", true,
                "liantu.security.jwt-secret", TestServer.JWT_SECRET,
                "liantu.page-cache-memory", "64m"));
    }

    private static GraphQLClient editor(EmbeddedServer server) {
        return new GraphQLClient(server.getURI()).as(Role.EDITOR, null);
    }

    private Path cutShort(Path archive) throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        return Files.write(temp.resolve("cut-short.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    private Path flipped(Path archive) throws IOException {
        byte[] bytes = Files.readAllBytes(archive);
        bytes[bytes.length / 3] ^= 0x5A;
        return Files.write(temp.resolve("flipped.zip"), bytes);
    }

    private static List<Path> files(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return new ArrayList<>(files.toList());
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(Command command, String... arguments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
