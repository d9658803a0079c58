package cn.liantu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphExport;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.RecordType;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.GraphSnapshot;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export → import into an empty database gives the same graph: the demo data, the reference-data
 * types the demo lacks (fixtures/export-extra: industries, coverage, product links, a stock-only
 * enterprise, a park whose chains are matched by name) and a project changed through the API.
 */
class ExportRoundTripIT {

    /** Not in the import format, so not exported: bookkeeping, project history, keys, audit log. */
    private static final Set<String> NOT_EXPORTED = Set.of("__ImportRecord", "__LiantuMigration", "ProjectChange",
            "ApiKey", "AuditEntry");
    /** The optimistic-lock counter of a project restarts at 1 in the database it is imported into. */
    private static final Set<String> NOT_EXPORTED_PROPERTIES = Set.of("Project.version");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void exportThenImportIntoAnEmptyDatabaseGivesTheSameGraph() throws IOException {
        EmbeddedServer source = TestServer.scratch("export-source", Map.of("liantu.demo-data", true));
        importInto(source, Path.of("src/test/resources/fixtures/export-extra"));
        JsonNode moved = new GraphQLClient(source.getURI()).as(Role.EDITOR, null).query("mutation { advanceProjectStage("
                + "id: \"prj-001\", version: 1, stage: STARTED, date: \"2026-11-20\") { stage version } }")
                .dataWithoutErrors().path("advanceProjectStage");
        assertThat(moved.path("version").asInt()).isEqualTo(2);

        Path exported = temp.resolve("export");
        GraphExport.Summary summary = source.getApplicationContext().getBean(GraphExport.class)
                .export(exported, false, silent());

        // demo files + fixtures/export-extra; enterprise_products: the demo's 970 productIds + 2
        Map<RecordType, Long> expected = new EnumMap<>(RecordType.class);
        expected.putAll(Map.ofEntries(Map.entry(RecordType.REGIONS, 58L), Map.entry(RecordType.INDUSTRY_CLASSES, 2L),
                Map.entry(RecordType.INDUSTRIES, 4L), Map.entry(RecordType.INDUSTRY_LINKS, 2L),
                Map.entry(RecordType.CHAINS, 3L), Map.entry(RecordType.SEGMENTS, 60L),
                Map.entry(RecordType.SEGMENT_FLOWS, 64L), Map.entry(RecordType.PRODUCTS, 134L),
                Map.entry(RecordType.PRODUCT_LINKS, 3L), Map.entry(RecordType.TECHNOLOGIES, 30L),
                Map.entry(RecordType.SEGMENT_COVERAGE, 3L), Map.entry(RecordType.PARKS, 8L),
                Map.entry(RecordType.ENTERPRISES, 463L), Map.entry(RecordType.ENTERPRISE_INDUSTRIES, 2L),
                Map.entry(RecordType.ENTERPRISE_PRODUCTS, 972L), Map.entry(RecordType.SUPPLIES, 776L),
                Map.entry(RecordType.CHAIN_LEADERS, 11L), Map.entry(RecordType.RD_INSTITUTIONS, 13L),
                Map.entry(RecordType.PROJECTS, 50L)));
        assertThat(summary.rows()).isEqualTo(expected);
        for (RecordType type : RecordType.values()) {
            assertThat(lines(exported.resolve(type.fileName()))).hasSize(expected.get(type).intValue());
        }
        JsonNode manifest = JSON.readTree(exported.resolve("manifest.json").toFile());
        assertThat(manifest.path("format").asText()).isEqualTo("liantu-import");
        assertThat(manifest.path("version").asInt()).isEqualTo(1);
        assertThat(manifest.path("rows").path("supplies.jsonl").asLong()).isEqualTo(776);

        // records as the format writes them, derived data left out
        assertThat(record(exported, RecordType.ENTERPRISES, "688999")).isEqualTo(JSON.readTree("""
                {"stockCode":"688999","name":"洛阳测试轴承股份有限公司","shortName":"测试轴承","exchange":"SSE",
                 "listedOn":"2021-07-15","ownership":"PRIVATE","revenue":35000.5,"tax":1200,"employees":410,
                 "foundedOn":"2009-03-02","closedOn":"2026-06-30","regionCode":"410305","parkId":"x-bearing-park",
                 "tags":["SPECIALIZED"],"rankings":[{"list":"CHINA_500","year":2026,"rank":null},
                 {"list":"INDUSTRY_TOP_50","year":2025,"rank":41}],"segmentIds":[],"patents":12}"""));
        assertThat(record(exported, RecordType.PROJECTS, "\"prj-001\"")).isEqualTo(JSON.readTree("""
                {"id":"prj-001","name":"汇川技术洛阳新能源汽车电控系统项目","investor":"9144030548CYHBGWHU","parkId":"ly-etdz",
                 "regionCode":"410311","chainId":"nev","segments":[{"segmentId":"nev-econtrol","role":"FILL"}],
                 "amount":180000,"fundsInPlace":16507,"stage":"STARTED","stageDates":{"RESERVE":"2025-05-06",
                 "NEGOTIATING":"2025-08-11","SIGNED":"2025-10-18","STARTED":"2026-11-20"},"responsible":"张建国",
                 "keyLevel":"PROVINCIAL"}"""));
        assertThat(record(exported, RecordType.PARKS, "x-bearing-park").path("leadingChainIds").size())
                .as("leading chains matched by name are derived, not exported").isZero();
        assertThat(lines(exported.resolve(RecordType.SEGMENT_COVERAGE.fileName()))).containsExactly(
                "{\"segmentId\":\"equip-precision\",\"productIds\":[\"p-nev-lithium-1\"],\"industryCodes\":[\"640102\"],"
                        + "\"confidence\":0.5}",
                "{\"segmentId\":\"equip-precision\",\"productIds\":[],\"industryCodes\":[\"640100\"],\"confidence\":0.8}",
                "{\"segmentId\":\"nev-lithium\",\"productIds\":[\"p-nev-lithium-2\"],\"industryCodes\":[],\"confidence\":1.0}");

        EmbeddedServer target = TestServer.scratch("export-target");
        ImportReport report = importInto(target, exported);
        for (RecordType type : RecordType.values()) {
            assertThat(report.countsByType().get(type).created()).as(type.fileName()).isEqualTo(expected.get(type).intValue());
        }

        GraphSnapshot before = snapshot(source);
        GraphSnapshot after = snapshot(target);
        assertThat(after.labels()).isEqualTo(before.labels());
        assertThat(after.relationshipTypes()).isEqualTo(before.relationshipTypes());
        assertThat(after.nodes()).isEqualTo(before.nodes());
        assertThat(after.relationships()).isEqualTo(before.relationships());
        // what the import derives came back from the exported inputs
        assertThat(before.relationships()).anyMatch(r -> r.contains("[OPERATES_IN {chainId=")
                && r.contains("confidence=0.8^Double, countyCode=") && r.contains("derived=true"));
        assertThat(before.relationships()).anyMatch(r -> r.startsWith("(Park:x-bearing-park)-[LEADS_IN")
                && r.contains("derived=true"));
        assertThat(before.labels()).containsEntry("Enterprise", 463L).containsEntry("Project", 50L);
        assertThat(before.relationshipTypes()).containsEntry("SUPPLIES", 776L).containsEntry("MAKES", 972L);

        // the same graph gives the same files
        Path again = temp.resolve("again");
        target.getApplicationContext().getBean(GraphExport.class).export(again, false, silent());
        for (RecordType type : RecordType.values()) {
            assertThat(Files.readString(again.resolve(type.fileName())))
                    .as(type.fileName()).isEqualTo(Files.readString(exported.resolve(type.fileName())));
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void anEmptyDatabaseExportsEmptyFiles() throws IOException {
        EmbeddedServer empty = TestServer.scratch("export-empty");
        Path exported = temp.resolve("empty");
        GraphExport.Summary summary = empty.getApplicationContext().getBean(GraphExport.class)
                .export(exported, false, silent());
        assertThat(summary.totalRows()).isZero();
        try (Stream<Path> files = Files.list(exported)) {
            assertThat(files.map(f -> f.getFileName().toString())).hasSize(20).contains("manifest.json",
                    "regions.jsonl", "projects.jsonl");
        }
        for (RecordType type : RecordType.values()) {
            assertThat(Files.size(exported.resolve(type.fileName()))).isZero();
        }
        // and importing it changes nothing
        assertThat(importInto(empty, exported).total(ImportReport.Counts::created)).isZero();
    }

    @Test
    void aNonEmptyDirectoryIsRefusedUnlessForced() throws IOException {
        EmbeddedServer empty = TestServer.scratch("export-empty");
        GraphExport export = empty.getApplicationContext().getBean(GraphExport.class);
        Path occupied = Files.createDirectories(temp.resolve("occupied"));
        Files.writeString(occupied.resolve("notes.txt"), "keep me");
        Files.writeString(occupied.resolve("regions.jsonl"), "old");

        assertThatThrownBy(() -> export.export(occupied, false, silent()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not empty")
                .hasMessageContaining("--force");
        assertThat(Files.readString(occupied.resolve("regions.jsonl"))).isEqualTo("old");

        export.export(occupied, true, silent());
        assertThat(Files.size(occupied.resolve("regions.jsonl"))).isZero();
        assertThat(Files.readString(occupied.resolve("notes.txt"))).isEqualTo("keep me");
        assertThat(occupied.resolve("manifest.json")).exists();

        assertThatThrownBy(() -> export.export(occupied.resolve("notes.txt"), true, silent()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is a file");
        assertThat(leftovers()).isEmpty();

        // the command says the same before it opens any database
        ExportCommand command = new ExportCommand();
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> command.run(List.of(occupied.toString()), quiet, quiet))
                .isInstanceOf(Commands.UsageException.class).hasMessageContaining("is not empty");
        assertThatThrownBy(() -> command.run(List.of(), quiet, quiet))
                .isInstanceOf(Commands.UsageException.class).hasMessageContaining("exactly one directory");
        assertThatThrownBy(() -> command.run(List.of(occupied.resolve("notes.txt").toString()), quiet, quiet))
                .isInstanceOf(Commands.UsageException.class).hasMessageContaining("is a file");
    }

    private static ImportReport importInto(EmbeddedServer server, Path directory) {
        ImportReport report = server.getApplicationContext().getBean(ImportEngine.class)
                .run(DatasetSource.directory(directory), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
        return report;
    }

    private static GraphSnapshot snapshot(EmbeddedServer server) {
        return GraphSnapshot.of(server.getApplicationContext().getBean(GraphDatabase.class), NOT_EXPORTED,
                NOT_EXPORTED_PROPERTIES);
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8);
    }

    /** The one line of a file that contains {@code text}, parsed. */
    private static JsonNode record(Path directory, RecordType type, String text) throws IOException {
        List<String> matching = lines(directory.resolve(type.fileName())).stream().filter(l -> l.contains(text)).toList();
        assertThat(matching).hasSize(1);
        return JSON.readTree(matching.getFirst());
    }

    /** Temporary directories an export left next to its target. */
    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(f -> f.getFileName().toString().contains(".export-")).toList();
        }
    }

    private static GraphExport.Listener silent() {
        return new GraphExport.Listener() {
            @Override
            public void rows(RecordType type, long rows) {
            }

            @Override
            public void fileWritten(RecordType type, long rows, long bytes) {
            }
        };
    }
}
