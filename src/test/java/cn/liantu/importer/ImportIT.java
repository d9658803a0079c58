package cn.liantu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The import engine on its own empty database: validation, upsert counts, idempotence, the mutation. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportIT {

    private static final Path SMALL = Path.of("src/test/resources/fixtures/small");
    private static final Path INVALID = Path.of("src/test/resources/fixtures/invalid");

    private final EmbeddedServer server = TestServer.scratch("import");
    private final ImportEngine engine = server.getApplicationContext().getBean(ImportEngine.class);
    private final GraphQLClient client = new GraphQLClient(server.getURI()).as(Role.EDITOR, null);

    @Test
    @Order(1)
    void aDryRunReportsWhatWouldBeCreatedAndWritesNothing() {
        ImportReport report = engine.run(DatasetSource.directory(SMALL), new ImportOptions(true, false, 2),
                ImportProgress.NONE);

        assertThat(report.written()).isFalse();
        assertThat(report.countsByType().get(RecordType.ENTERPRISES).created()).isEqualTo(3);
        assertThat(client.query("{ region(code: \"410305\") { name } }").dataWithoutErrors().path("region").isNull())
                .isTrue();
    }

    @Test
    @Order(2)
    void importsEveryTypeThenAReimportChangesNothing() {
        ImportReport first = engine.run(DatasetSource.directory(SMALL), new ImportOptions(false, false, 2),
                ImportProgress.NONE);
        ImportReport second = engine.run(DatasetSource.directory(SMALL), new ImportOptions(false, false, 2),
                ImportProgress.NONE);

        assertThat(first.problems()).isEmpty();
        assertThat(first.total(ImportReport.Counts::created)).isEqualTo(7 + 1 + 4 + 1 + 1 + 3 + 3 + 1);
        assertThat(second.total(ImportReport.Counts::created)).isZero();
        assertThat(second.total(ImportReport.Counts::updated)).isZero();
        assertThat(second.total(ImportReport.Counts::unchanged)).isEqualTo(21);

        JsonNode steel = client.query("""
                { enterprise(uscc: "91320500MA00000049") {
                    name stockCode region { name parent { name } } rankings { list year rank }
                    segments { id } customers(year: 2026) { enterprise { name } value }
                    projects { id stage signedOn stageDates { stage date } segments { role segment { name } } } } }""")
                .dataWithoutErrors().path("enterprise");
        assertThat(steel.path("region").path("parent").path("name").asText()).isEqualTo("苏州市");
        assertThat(steel.path("rankings").toString()).isEqualTo("[{\"list\":\"CHINA_500\",\"year\":2025,\"rank\":321}]");
        assertThat(steel.path("customers").toString()).isEqualTo(
                "[{\"enterprise\":{\"name\":\"测试轴承一厂\"},\"value\":3500.0},"
                        + "{\"enterprise\":{\"name\":\"测试轴承二厂\"},\"value\":null}]");
        assertThat(steel.path("projects").path(0).path("signedOn").asText()).isEqualTo("2025-03-01");
        assertThat(steel.path("projects").path(0).path("stageDates").size()).isEqualTo(4);
        assertThat(steel.path("projects").path(0).path("segments").toString())
                .isEqualTo("[{\"role\":\"FILL\",\"segment\":{\"name\":\"轴承钢\"}}]");
        JsonNode chain = client.query("{ chain(id: \"t-bearing\") { rootSegments { id children { id leaf } } } }")
                .dataWithoutErrors().path("chain");
        assertThat(chain.toString()).isEqualTo("{\"rootSegments\":[{\"id\":\"t-up\",\"children\":[{\"id\":\"t-steel\","
                + "\"leaf\":true}]},{\"id\":\"t-mid\",\"children\":[{\"id\":\"t-bearing-make\",\"leaf\":true}]}]}");
    }

    @Test
    @Order(3)
    void everyBadRowIsReportedWithLineAndReasonAndNothingIsWritten() {
        ImportReport report = engine.run(DatasetSource.directory(INVALID), ImportOptions.defaults(), ImportProgress.NONE);

        assertThat(report.written()).isFalse();
        assertThat(report.problems()).extracting(Object::toString).containsExactly(
                "enterprises.jsonl:2: USCC check character is '1', expected '0'",
                "enterprises.jsonl:3: regionCode '419999': no such Region in the dataset or the database",
                "enterprises.jsonl:4: not a JSON object: Unrecognized token 'this': was expecting (JSON String,"
                        + " Number, Array, Object or token 'null', 'true' or 'false')",
                "enterprises.jsonl:5: duplicate of line 1 (same key 91410305MA0000005W)",
                "supplies.jsonl:2: supplier '91410305MA00000060': no such Enterprise in the dataset or the database");
        assertThat(client.query("{ enterprise(uscc: \"91410305MA0000005W\") { name } }").dataWithoutErrors()
                .path("enterprise").isNull()).isTrue();
    }

    @Test
    @Order(4)
    void skipInvalidWritesTheGoodRowsAndReportsTheRest() {
        ImportReport report = engine.run(DatasetSource.directory(INVALID), new ImportOptions(false, true, 100),
                ImportProgress.NONE);

        assertThat(report.written()).isTrue();
        assertThat(report.problems()).hasSize(5);
        assertThat(report.countsByType().get(RecordType.ENTERPRISES).created()).isEqualTo(1);
        assertThat(report.countsByType().get(RecordType.SUPPLIES).created()).isEqualTo(1);
        JsonNode good = client.query("{ enterprise(uscc: \"91410305MA0000005W\") { name customers { enterprise { name } } } }")
                .dataWithoutErrors().path("enterprise");
        assertThat(good.toString()).isEqualTo("{\"name\":\"有效企业\",\"customers\":[{\"enterprise\":{\"name\":\"测试轴承一厂\"}}]}");
    }

    @Test
    @Order(5)
    void theMutationUpsertsThroughTheSameEngine() {
        String mutation = """
                mutation Upsert($input: RecordBatchInput!, $dryRun: Boolean) {
                  upsertRecords(input: $input, dryRun: $dryRun) {
                    written counts { type read created updated unchanged rejected } problems { source line reason } } }""";
        Map<String, Object> changed = Map.of("uscc", "91410305MA0000002K", "name", "测试轴承二厂", "ownership",
                "PRIVATE", "revenue", 9000, "regionCode", "410305", "parkId", "t-park", "foundedOn", "2012-03-15",
                "segmentIds", List.of("t-bearing-make"));
        Map<String, Object> badUscc = Map.of("uscc", "91410305MA0000002X", "name", "错", "regionCode", "410305");

        JsonNode rejected = client.query(mutation, Map.of("input", Map.of("enterprises", List.of(changed, badUscc))))
                .dataWithoutErrors().path("upsertRecords");
        JsonNode updated = client.query(mutation, Map.of("input", Map.of("enterprises", List.of(changed))))
                .dataWithoutErrors().path("upsertRecords");

        assertThat(rejected.path("written").asBoolean()).isFalse();
        assertThat(rejected.path("problems").toString()).isEqualTo(
                "[{\"source\":\"enterprises\",\"line\":2,\"reason\":\"USCC check character is 'X', expected 'K'\"}]");
        assertThat(updated.path("written").asBoolean()).isTrue();
        assertThat(updated.path("counts").toString()).isEqualTo("[{\"type\":\"enterprises.jsonl\",\"read\":1,"
                + "\"created\":0,\"updated\":1,\"unchanged\":0,\"rejected\":0}]");
        assertThat(client.query("{ enterprise(uscc: \"91410305MA0000002K\") { revenue } }").dataWithoutErrors()
                .path("enterprise").path("revenue").asDouble()).isEqualTo(9000.0);
    }

    @Test
    @Order(6)
    void parksAndTheirLeadingChainsAreUpsertedByTheMutation() {
        Map<String, Object> park = Map.of("id", "t-park", "name", "测试高新区", "level", "NATIONAL", "type", "HIGH_TECH",
                "regionCode", "320505", "areaMu", 16000, "targetTaxPerMu", 12.5, "leadingChainIds", List.of());

        JsonNode result = client.query("mutation($input: RecordBatchInput!) { upsertRecords(input: $input) {"
                + " written counts { updated } } }", Map.of("input", Map.of("parks", List.of(park))))
                .dataWithoutErrors().path("upsertRecords");
        JsonNode stored = client.query("{ park(id: \"t-park\") { areaMu targetTaxPerMu region { code } leadingChains { id } } }")
                .dataWithoutErrors().path("park");

        assertThat(result.path("counts").path(0).path("updated").asInt()).isEqualTo(1);
        assertThat(stored.toString()).isEqualTo(
                "{\"areaMu\":16000.0,\"targetTaxPerMu\":12.5,\"region\":{\"code\":\"320505\"},\"leadingChains\":[]}");
    }

    @Test
    @Order(7)
    void aBatchOverTheCapIsBadUserInput() {
        List<Map<String, Object>> many = java.util.stream.IntStream.range(0, 1001)
                .mapToObj(i -> Map.<String, Object>of("supplier", "a", "customer", "b", "year", 2025)).toList();

        GraphQLClient.Response response = client.query(
                "mutation($input: RecordBatchInput!) { upsertRecords(input: $input) { written } }",
                Map.of("input", Map.of("supplies", many)));

        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(response.errors().path(0).path("message").asText())
                .isEqualTo("The batch has 1001 records; at most 1000 per call (use the import command for bulk data)");
    }

    @Test
    @Order(8)
    void aMutationIsNotAllowedOverGet() {
        GraphQLClient.Response response = client.get(
                "mutation { upsertRecords(input: { supplies: [] }) { written } }", "application/json");

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    @Test
    @Order(9)
    void aBatchTheDatabaseRefusesWritesNothingAndARerunCompletesTheImport() throws java.io.IOException {
        // Line 4 reuses stock code 600999, which 苏州测试特钢 already holds: only the database can tell.
        Path clash = Path.of("src/test/resources/fixtures/clash");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.run(DatasetSource.directory(clash),
                        new ImportOptions(false, false, 2), ImportProgress.NONE))
                .isInstanceOf(ImportStoppedException.class)
                .hasMessageStartingWith("Import stopped at enterprises.jsonl lines 3–4: the database refused the batch");
        assertThat(names()).containsExactly("批次测试企业1", "批次测试企业2");

        Path fixed = java.nio.file.Files.createTempDirectory("clash-fixed");
        java.nio.file.Files.writeString(fixed.resolve("enterprises.jsonl"),
                java.nio.file.Files.readString(clash.resolve("enterprises.jsonl")).replace(", \"stockCode\": \"600999\"", ""));
        ImportReport rerun = engine.run(DatasetSource.directory(fixed), new ImportOptions(false, false, 2),
                ImportProgress.NONE);

        assertThat(rerun.countsByType().get(RecordType.ENTERPRISES).unchanged()).isEqualTo(2);
        assertThat(rerun.countsByType().get(RecordType.ENTERPRISES).created()).isEqualTo(3);
        assertThat(names()).containsExactly("批次测试企业1", "批次测试企业2", "批次测试企业3", "批次测试企业4", "批次测试企业5");
    }

    private List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        client.query("{ enterprises(first: 10, filter: { nameContains: \"批次测试\" }, orderBy: [{ field: NAME }])"
                + " { edges { node { name } } } }").dataWithoutErrors().path("enterprises").path("edges")
                .forEach(edge -> names.add(edge.path("node").path("name").asText()));
        return names;
    }
}
