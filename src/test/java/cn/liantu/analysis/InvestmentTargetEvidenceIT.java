package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.RankingList;
import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.persistence.TargetRepository;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.TargetQueries;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Session;

/**
 * The evidence investment targets are scored on, on data this test controls
 * (fixtures/targets): chain tt with leaves tt-a and tt-b, 洛阳 (410300) with its park tt-park as
 * scopes. tt-a's operating enterprises: 600003 (1000, 链主 in 苏州市 and 江苏省), 洛阳 600001 (500,
 * in the park), 600004 (300, sells to both 洛阳 firms in two years and buys from 600001), 600005
 * (300), 洛阳 600002 (50, 链主 in 洛阳市), the Japanese 600010 (10, sells to 600003) and 600006
 * (no revenue); a closed and a not yet founded firm do not count. tt-b: 600009 (200, sells to
 * 600002) and 600002.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InvestmentTargetEvidenceIT {

    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/targets");
    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final ScopeCriteria LUOYANG = ScopeCriteria.region("410300", RegionLevel.CITY, "CN");
    private static final ScopeCriteria PARK = ScopeCriteria.park("tt-park", "410305", RegionLevel.COUNTY, "CN");
    private static final ScopeCriteria CHINA = ScopeCriteria.region("CN", RegionLevel.COUNTRY, "CN");

    private static final EmbeddedServer SERVER = imported();

    private final TargetRepository repository = SERVER.getApplicationContext().getBean(TargetRepository.class);
    private final GraphQLClient client = new GraphQLClient(SERVER.getURI()).as(Role.EDITOR, null);

    private static EmbeddedServer imported() {
        EmbeddedServer server = TestServer.scratch("targets");
        ImportReport report = server.getApplicationContext().getBean(ImportEngine.class)
                .run(DatasetSource.directory(FIXTURE), ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
        return server;
    }

    @Test
    @Order(1)
    void candidatesOutsideACityWithTheSegmentsFiguresLeadershipAndDistinctTies() {
        List<TargetCandidate> candidates = repository.candidates(LUOYANG, "tt", END_2026, List.of("tt-a", "tt-b"), 200);

        assertThat(summaries(candidates)).containsExactly(
                "stock:600003 苏州龙头 tt-a 环节A 1000.0 1000.0 2160.0 [江苏省, 苏州市] 0 0",
                "stock:600004 郑州配套 tt-a 环节A 300.0 1000.0 2160.0 [] 2 1",
                "stock:600005 苏州同额 tt-a 环节A 300.0 1000.0 2160.0 [] 0 0",
                "stock:600010 日本供应商 tt-a 环节A 10.0 1000.0 2160.0 [] 0 0",
                "stock:600006 郑州未报 tt-a 环节A null 1000.0 2160.0 [] 0 0",
                "stock:600009 苏州环节B tt-b 环节B 200.0 200.0 250.0 [] 1 0");
        assertThat(candidates.getFirst().tags()).containsExactly(EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED);
        assertThat(candidates.getFirst().rankings()).containsExactly(new Ranking(RankingList.CHINA_500, 2025, 10));
    }

    @Test
    @Order(2)
    void aParkCountsOnlyItsOwnEnterprises() {
        List<TargetCandidate> candidates = repository.candidates(PARK, "tt", END_2026, List.of("tt-a", "tt-b"), 3);

        assertThat(summaries(candidates)).containsExactly(
                "stock:600003 苏州龙头 tt-a 环节A 1000.0 1000.0 2160.0 [江苏省, 苏州市] 0 0",
                "stock:600004 郑州配套 tt-a 环节A 300.0 1000.0 2160.0 [] 1 1",
                "stock:600005 苏州同额 tt-a 环节A 300.0 1000.0 2160.0 [] 0 0",
                "stock:600009 苏州环节B tt-b 环节B 200.0 200.0 250.0 [] 0 0",
                "stock:600002 洛阳二厂 tt-b 环节B 50.0 200.0 250.0 [洛阳市] 0 0");
    }

    @Test
    @Order(3)
    void aScopeHoldingTheBiggestFirmsReachesFurtherDownTheSegment() {
        // one per segment: tt-a's first two firms by revenue are Chinese, its first foreign one is fifth
        List<TargetCandidate> candidates = repository.candidates(CHINA, "tt", END_2026, List.of("tt-a", "tt-b"), 1);

        assertThat(summaries(candidates)).containsExactly(
                "stock:600010 日本供应商 tt-a 环节A 10.0 1000.0 2160.0 [] 1 0");
    }

    @Test
    @Order(4)
    void tiesCountTheSameFromTheScopeAndFromEachCandidate() {
        List<String> ids = List.of("stock:600003", "stock:600004", "stock:600005", "stock:600006", "stock:600009",
                "stock:600010", "stock:600002");
        for (ScopeCriteria scope : List.of(LUOYANG, PARK, CHINA)) {
            List<String> fromScope = ties(TargetQueries.supplyTies(scope, ids, TargetQueries.SCOPE_SIDE_LIMIT));
            List<String> fromEach = ties(TargetQueries.supplyTies(scope, ids, 1));

            assertThat(fromEach).isEqualTo(fromScope);
        }
        assertThat(ties(TargetQueries.supplyTies(LUOYANG, ids, 1)))
                .containsExactlyInAnyOrder("stock:600004 2 1", "stock:600009 1 0");
    }

    @Test
    @Order(5)
    void targetsAreScoredOnThatEvidence() {
        JsonNode targets = targets();

        assertThat(rows(targets)).containsExactly("stock:600003 tt-a 80.0", "stock:600009 tt-b 45.0",
                "stock:600004 tt-a 27.0", "stock:600005 tt-a 12.0", "stock:600010 tt-a 0.4", "stock:600006 tt-a 0.0");
        assertThat(targets.path(0).path("reasons").toString()).isEqualTo("["
                + "{\"factor\":\"STRENGTH\",\"points\":40.0,\"detail\":\"revenue 1000 万元 in 环节A: 46.3% of the "
                + "segment's revenue, 100.0% of its biggest firm\"},"
                + "{\"factor\":\"TAGS\",\"points\":10.0,\"detail\":\"tags HIGH_TECH, SPECIALIZED\"},"
                + "{\"factor\":\"RANKING\",\"points\":15.0,\"detail\":\"CHINA_500 2025 #10\"},"
                + "{\"factor\":\"CHAIN_LEADER\",\"points\":15.0,\"detail\":\"chain leader (链主) in 江苏省, 苏州市\"}]");
        assertThat(targets.path(2).path("reasons").toString()).isEqualTo("["
                + "{\"factor\":\"STRENGTH\",\"points\":12.0,\"detail\":\"revenue 300 万元 in 环节A: 13.9% of the "
                + "segment's revenue, 30.0% of its biggest firm\"},"
                + "{\"factor\":\"SUPPLY_TIES\",\"points\":15.0,\"detail\":\"supplies 2 and buys from 1 enterprises in "
                + "the scope (以商招商)\"}]");
    }

    @Test
    @Order(6)
    void anImportIsSeenAtOnceThoughSegmentFiguresAreReused() {
        JsonNode imported = client.query("""
                mutation { upsertRecords(input: { enterprises: [{ stockCode: "600005", name: "苏州同额",
                    revenue: 2000, foundedOn: "2000-01-01", regionCode: "320505", segmentIds: ["tt-a"] }] }) {
                  written } }""").dataWithoutErrors();
        assertThat(imported.path("upsertRecords").path("written").asBoolean()).isTrue();

        assertThat(rows(targets())).startsWith("stock:600003 tt-a 60.0", "stock:600009 tt-b 45.0",
                "stock:600005 tt-a 40.0");
        assertThat(summaries(repository.candidates(LUOYANG, "tt", END_2026, List.of("tt-a"), 1))).containsExactly(
                "stock:600005 苏州同额 tt-a 环节A 2000.0 2000.0 3860.0 [] 0 0");
    }

    private JsonNode targets() {
        return client.query("""
                { investmentTargets(chainId: "tt", scope: { regionCode: "410300" }, segmentIds: ["tt-a", "tt-b"],
                                    first: 10, asOfYear: 2026) {
                    enterprise { id } segment { id } score reasons { factor points detail } } }""")
                .dataWithoutErrors().path("investmentTargets");
    }

    private static List<String> rows(JsonNode targets) {
        List<String> rows = new ArrayList<>();
        targets.forEach(t -> rows.add(t.path("enterprise").path("id").asText() + " "
                + t.path("segment").path("id").asText() + " " + t.path("score").asDouble()));
        return rows;
    }

    private static List<String> ties(BuiltQuery built) {
        GraphDatabase database = SERVER.getApplicationContext().getBean(GraphDatabase.class);
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.run(built.query().text(), built.parameters()).list(row -> row.get("enterpriseId").asString()
                    + " " + row.get("customersInScope").asInt() + " " + row.get("suppliersInScope").asInt());
        }
    }

    /** What a candidate is scored on, but its tags and rankings (passed through from the enterprise). */
    private static List<String> summaries(List<TargetCandidate> candidates) {
        return candidates.stream().map(c -> String.join(" ", c.enterpriseId(), c.name(), c.segmentId(),
                c.segmentName(), String.valueOf(c.revenue()), String.valueOf(c.segmentTopRevenue()),
                String.valueOf(c.segmentRevenue()), c.leadsChainIn().toString(), String.valueOf(c.customersInScope()),
                String.valueOf(c.suppliersInScope()))).toList();
    }
}
