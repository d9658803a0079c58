package cn.liantu.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ledger, overdue projects and park scorecards on the demo data. Expected figures were counted
 * from src/main/resources/demo/*.jsonl by a separate script (projects with a SIGNED date; a stage
 * counts when the project has its date).
 */
class LedgerIT {

    private final GraphQLClient client = TestServer.client();

    @Test
    void theLedgerByParkHasExactCountsAmountsAndRates() {
        JsonNode ledger = client.query("""
                { projectLedger(scope: { regionCode: "410300" }, groupBy: PARK) {
                    groups { key label signedCount startedCount producingCount effectiveCount contractedAmount fundsInPlace }
                    total { signedCount startedCount producingCount effectiveCount contractedAmount fundsInPlace
                            startRate productionRate effectiveRate fundsInPlaceRate } } }""")
                .dataWithoutErrors().path("projectLedger");

        List<String> rows = new ArrayList<>();
        ledger.path("groups").forEach(row -> rows.add(row.path("key").asText() + " " + row.path("signedCount") + "/"
                + row.path("startedCount") + "/" + row.path("producingCount") + "/" + row.path("effectiveCount") + " "
                + row.path("contractedAmount").asLong() + " " + row.path("fundsInPlace").asLong()));
        assertThat(rows).containsExactly(
                "ly-etdz 10/7/4/1 2100000 871924",
                "ly-mengjin 5/3/1/1 1055000 523270",
                "ly-yibin 7/3/2/2 925000 338546",
                "ly-hitech 11/8/6/2 850000 478722",
                "ly-luanchuan 2/2/0/0 560000 239660");
        assertThat(ledger.path("groups").path(0).path("label").asText()).isEqualTo("洛阳经济技术开发区");
        JsonNode total = ledger.path("total");
        assertThat(total.path("signedCount").asInt()).isEqualTo(35);
        assertThat(total.path("startedCount").asInt()).isEqualTo(23);
        assertThat(total.path("producingCount").asInt()).isEqualTo(13);
        assertThat(total.path("effectiveCount").asInt()).isEqualTo(6);
        assertThat(total.path("startRate").asDouble()).isCloseTo(23.0 / 35, within(1e-9));
        assertThat(total.path("productionRate").asDouble()).isCloseTo(13.0 / 23, within(1e-9));
        assertThat(total.path("effectiveRate").asDouble()).isCloseTo(6.0 / 13, within(1e-9));
        assertThat(total.path("fundsInPlaceRate").asDouble()).isCloseTo(2452122.0 / 5490000, within(1e-9));
    }

    @Test
    void theLedgerOfACohortByChainAndByOfficial() {
        JsonNode data = client.query("""
                { byChain: projectLedger(signedFrom: "2025-01-01", signedTo: "2025-12-31", groupBy: CHAIN) {
                    groups { key signedCount startedCount producingCount effectiveCount } total { signedCount } }
                  byOfficial: projectLedger(groupBy: RESPONSIBLE) { groups { key label signedCount startRate } } }""")
                .dataWithoutErrors();

        List<String> chains = new ArrayList<>();
        data.path("byChain").path("groups").forEach(row -> chains.add(row.path("key").asText() + " "
                + row.path("signedCount") + "/" + row.path("startedCount") + "/" + row.path("producingCount") + "/"
                + row.path("effectiveCount")));
        assertThat(chains).containsExactly("nev 7/5/3/2", "equip 9/7/4/2", "material 4/3/2/1");
        assertThat(data.path("byChain").path("total").path("signedCount").asInt()).isEqualTo(20);
        JsonNode first = data.path("byOfficial").path("groups").path(0);
        assertThat(first.path("key").asText()).isEqualTo("张建国");
        assertThat(first.path("label").asText()).isEqualTo("张建国");
        assertThat(first.path("startRate").asDouble()).isCloseTo(5.0 / 7, within(1e-9));
    }

    @Test
    void signedProjectsOverdueOldestFirst() {
        JsonNode overdue = client.query("""
                { overdueProjects(scope: { regionCode: "410300" }, stage: SIGNED, olderThanDays: 180, asOf: "2026-11-22") {
                    project { id stage } since days } }""").dataWithoutErrors().path("overdueProjects");

        List<String> rows = new ArrayList<>();
        overdue.forEach(row -> rows.add(row.path("project").path("id").asText() + " " + row.path("since").asText()
                + " " + row.path("days").asInt()));
        assertThat(rows).containsExactly("prj-045 2024-12-16 706", "prj-022 2025-04-08 593", "prj-018 2025-06-20 520",
                "prj-036 2025-08-15 464", "prj-008 2025-09-12 436", "prj-001 2025-10-18 400", "prj-032 2026-03-20 247");
    }

    @Test
    void theParkScorecardRanksByTaxPerMu() {
        JsonNode scores = client.query("""
                { parkScorecard(regionCode: "410300", year: 2026) { park { id } taxPerMu targetTaxPerMu targetMet
                    leadingChainShare oneLeadingIndustry parkClass rank enterpriseCount } }""")
                .dataWithoutErrors().path("parkScorecard");

        List<String> rows = new ArrayList<>();
        scores.forEach(row -> rows.add(row.path("rank").asInt() + " " + row.path("park").path("id").asText() + " "
                + row.path("parkClass").asText() + " " + row.path("targetMet").asBoolean() + " "
                + row.path("oneLeadingIndustry").asBoolean() + " " + row.path("enterpriseCount").asInt()));
        assertThat(rows).containsExactly(
                "1 ly-hitech A true true 76",
                "2 ly-etdz B true true 30",
                "3 ly-luanchuan B true true 13",
                "4 ly-yibin C true false 37",
                "5 ly-mengjin D false true 7");
        assertThat(scores.path(0).path("taxPerMu").asDouble()).isCloseTo(243393.0 / 9937, within(1e-9));
        assertThat(scores.path(3).path("leadingChainShare").asDouble()).isCloseTo(0.1289, within(1e-4));
    }

    @Test
    void aParkCarriesItsScoreAmongItsCity() {
        JsonNode park = client.query("{ park(id: \"ly-mengjin\") { score(year: 2026) { rank parkClass targetMet } } }")
                .dataWithoutErrors().path("park").path("score");

        assertThat(park.toString()).isEqualTo("{\"rank\":5,\"parkClass\":\"D\",\"targetMet\":false}");
    }

    @Test
    void aScopeWithBothFieldsOrAnUnknownParkIsRefused() {
        assertThat(client.query("{ projectLedger(scope: { regionCode: \"410300\", parkId: \"ly-etdz\" }, groupBy: PARK)"
                + " { total { signedCount } } }").firstErrorCode()).isEqualTo("BAD_USER_INPUT");
        assertThat(client.query("{ projectLedger(scope: { parkId: \"nowhere\" }, groupBy: PARK) { total { signedCount } } }")
                .firstErrorCode()).isEqualTo("NOT_FOUND");
    }
}
