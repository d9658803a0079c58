package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.config.AnalysisSettings;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Chain-gap reports over HTTP on the demo data. Expected values were computed from the JSONL
 * files by tools/analysis/expected_values.py, an independent reading of the definitions; the
 * counts they share with src/main/resources/demo/FACTS.md agree with it.
 */
class ChainGapIT {

    private static final String REPORT = """
            query($chain: ID!, $scope: ScopeInput!, $year: Int) {
              chainGapReport(chainId: $chain, scope: $scope, asOfYear: $year) {
                chain { id } scope { kind id name region { code } park { id } } asOfYear
                completeness weightedCompleteness leafSegmentCount presentLeafSegmentCount localEnterpriseCount
                localSupplyRate localSupplyBasis supplyEdgeCount localSupplyEdgeCount
                strongCount potentialCount weakCount blankCount
                indicatorMaxima { enterpriseShare revenueShare linkedShare patentsPerEnterprise techEnterpriseShare
                                  rdInstitutions }
                segments { segment { id } status score scale linkage tech derived localEnterpriseCount
                           nationalEnterpriseCount localRevenue }
                gaps { segment { id } } weak { segment { id } }
                extensionCandidates { segment { id } feeds { id } fedBy { id } }
                externalDependencies { segment { id } kinds localBuyerCount outsideValue
                                       suppliers { enterprise { name } inScope buyerCount value } } } }""";

    private final GraphQLClient client = TestServer.client();

    @Test
    void newEnergyVehiclesInLuoyangAtTheEndOf2026() {
        JsonNode report = report("nev", Map.of("regionCode", "410300"), 2026);

        assertThat(report.path("scope").toString()).isEqualTo(
                "{\"kind\":\"REGION\",\"id\":\"410300\",\"name\":\"洛阳市\",\"region\":{\"code\":\"410300\"},\"park\":null}");
        assertThat(report.path("completeness").asDouble()).isEqualTo(0.6);            // 9 of 15 leaves
        assertThat(report.path("weightedCompleteness").asDouble()).isEqualTo(0.5926); // 16 of 27 weight
        assertThat(report.path("presentLeafSegmentCount").asInt()).isEqualTo(9);
        assertThat(report.path("localEnterpriseCount").asInt()).isEqualTo(34);
        assertThat(report.path("localSupplyRate").asDouble()).isEqualTo(0.1892);      // 7 of 37 edges
        assertThat(report.path("localSupplyBasis").asText()).isEqualTo("COUNT");
        assertThat(report.path("supplyEdgeCount").asInt()).isEqualTo(37);
        assertThat(report.path("localSupplyEdgeCount").asInt()).isEqualTo(7);
        assertThat(List.of(report.path("strongCount").asInt(), report.path("potentialCount").asInt(),
                report.path("weakCount").asInt(), report.path("blankCount").asInt())).containsExactly(2, 5, 2, 6);
        assertThat(statuses(report)).containsExactlyEntriesOf(ordered(
                "nev-up", "WEAK", "nev-mid", "WEAK", "nev-down", "POTENTIAL",
                "nev-anode", "STRONG", "nev-cathode", "WEAK", "nev-chip", "BLANK", "nev-electrolyte", "BLANK",
                "nev-lithium", "BLANK", "nev-magnet", "POTENTIAL", "nev-separator", "BLANK",
                "nev-3e", "POTENTIAL", "nev-body", "POTENTIAL", "nev-thermal", "BLANK",
                "nev-charging", "WEAK", "nev-recycling", "POTENTIAL", "nev-vehicle", "STRONG",
                "nev-battery", "POTENTIAL", "nev-econtrol", "BLANK", "nev-motor", "POTENTIAL"));
        assertThat(ids(report.path("gaps"), "segment")).containsExactly("nev-chip", "nev-electrolyte", "nev-lithium",
                "nev-separator", "nev-thermal", "nev-econtrol");
        assertThat(ids(report.path("weak"), "segment")).containsExactly("nev-cathode", "nev-charging");
    }

    @Test
    void everyScoreComesWithItsComponents() {
        JsonNode report = report("nev", Map.of("regionCode", "410300"), 2026);

        assertThat(report.path("indicatorMaxima").toString()).isEqualTo("{\"enterpriseShare\":0.6667,"
                + "\"revenueShare\":0.0305,\"linkedShare\":1.0,\"patentsPerEnterprise\":56.0,"
                + "\"techEnterpriseShare\":0.5,\"rdInstitutions\":2.0}");
        JsonNode anode = segment(report, "nev-anode");
        assertThat(List.of(anode.path("score").asDouble(), anode.path("scale").asDouble(),
                anode.path("linkage").asDouble(), anode.path("tech").asDouble())).containsExactly(59.5, 87.5, 25.0, 57.9);
        assertThat(anode.path("localEnterpriseCount").asInt()).isEqualTo(4);
        assertThat(anode.path("nationalEnterpriseCount").asInt()).isEqualTo(8);
        assertThat(anode.path("localRevenue").asDouble()).isEqualTo(74083.0);
        JsonNode vehicle = segment(report, "nev-vehicle");
        assertThat(vehicle.path("score").asDouble()).isEqualTo(55.4); // just above the STRONG threshold
        JsonNode midstream = segment(report, "nev-mid");
        assertThat(midstream.path("derived").asBoolean()).isTrue();
        assertThat(midstream.path("score").asDouble()).isEqualTo(29.0);
        assertThat(midstream.path("localEnterpriseCount").asInt()).isEqualTo(18);
        JsonNode chip = segment(report, "nev-chip");
        assertThat(chip.path("score").isNull()).isTrue();
        assertThat(chip.path("scale").isNull()).isTrue();
        assertThat(chip.path("nationalEnterpriseCount").asInt()).isEqualTo(6);
    }

    @Test
    void extensionCandidatesAndExternalDependencies() {
        JsonNode report = report("nev", Map.of("regionCode", "410300"), 2026);

        assertThat(report.path("extensionCandidates").toString()).isEqualTo("["
                + "{\"segment\":{\"id\":\"nev-chip\"},\"feeds\":[{\"id\":\"nev-vehicle\"}],\"fedBy\":[]},"
                + "{\"segment\":{\"id\":\"nev-thermal\"},\"feeds\":[{\"id\":\"nev-vehicle\"}],\"fedBy\":[]},"
                + "{\"segment\":{\"id\":\"nev-econtrol\"},\"feeds\":[{\"id\":\"nev-vehicle\"}],\"fedBy\":[]}]");
        JsonNode dependencies = report.path("externalDependencies");
        assertThat(ids(dependencies, "segment")).containsExactly("nev-chip", "nev-econtrol");
        JsonNode chip = dependencies.path(0);
        assertThat(texts(chip.path("kinds"))).containsExactly("OUTSIDE_ONLY", "SINGLE_SUPPLIER");
        assertThat(chip.path("localBuyerCount").asInt()).isEqualTo(8);
        assertThat(chip.path("outsideValue").asDouble()).isEqualTo(15311.8);
        assertThat(chip.path("suppliers").toString()).isEqualTo("[{\"enterprise\":{\"name\":\"比亚迪半导体股份有限公司\"},"
                + "\"inScope\":false,\"buyerCount\":8,\"value\":15311.8}]");
        JsonNode econtrol = dependencies.path(1);
        assertThat(texts(econtrol.path("kinds"))).containsExactly("OUTSIDE_ONLY");
        assertThat(econtrol.path("localBuyerCount").asInt()).isEqualTo(2);
        List<String> suppliers = new ArrayList<>();
        econtrol.path("suppliers").forEach(s -> suppliers.add(s.path("enterprise").path("name").asText() + " "
                + s.path("buyerCount").asInt() + " " + s.path("value").asDouble()));
        assertThat(suppliers).containsExactly("罗伯特·博世有限公司（Robert Bosch GmbH） 1 3220.5",
                "联合汽车电子有限公司 1 487.8", "深圳市汇川技术股份有限公司 2 110.1");
    }

    @Test
    void lastYearShowsTheFirmsOfThatYearAndTheSupplyOfThatYear() {
        JsonNode lastYear = report("nev", Map.of("regionCode", "410300"), 2025);

        // 隔膜's only firm closed in June 2026; 稀土永磁材料's only firm was founded in March 2026
        assertThat(segment(lastYear, "nev-separator").path("status").asText()).isEqualTo("STRONG");
        assertThat(segment(lastYear, "nev-magnet").path("status").asText()).isEqualTo("BLANK");
        assertThat(lastYear.path("completeness").asDouble()).isEqualTo(0.6);
        assertThat(lastYear.path("weightedCompleteness").asDouble()).isEqualTo(0.5556); // 15 of 27
        assertThat(lastYear.path("localEnterpriseCount").asInt()).isEqualTo(32);
        assertThat(lastYear.path("localSupplyRate").asDouble()).isEqualTo(0.2093);      // 9 of 43 edges
        assertThat(ids(lastYear.path("externalDependencies"), "segment"))
                .containsExactly("nev-chip", "nev-magnet", "nev-econtrol");
        assertThat(ids(lastYear.path("extensionCandidates"), "segment")).containsExactly("nev-chip", "nev-electrolyte");
    }

    @Test
    void aParkScopeCountsTheFirmsRegisteredInThePark() {
        JsonNode park = report("nev", Map.of("parkId", "ly-etdz"), 2026);

        assertThat(park.path("scope").path("kind").asText()).isEqualTo("PARK");
        assertThat(park.path("scope").path("name").asText()).isEqualTo("洛阳经济技术开发区");
        assertThat(park.path("scope").path("region").path("code").asText()).isEqualTo("410311");
        assertThat(park.path("completeness").asDouble()).isEqualTo(0.4667);   // 7 of 15
        assertThat(park.path("weightedCompleteness").asDouble()).isEqualTo(0.4815);
        assertThat(park.path("localEnterpriseCount").asInt()).isEqualTo(13);
        assertThat(park.path("localSupplyRate").asDouble()).isEqualTo(0.087); // 2 of 23 edges
        assertThat(segment(park, "nev-body").path("status").asText()).isEqualTo("STRONG");
        assertThat(segment(park, "nev-anode").path("status").asText()).isEqualTo("WEAK");
        assertThat(segment(park, "nev-cathode").path("status").asText()).isEqualTo("BLANK");
    }

    @Test
    void scopesSideBySide() {
        JsonNode reports = client.query("""
                { compareScopes(chainId: "equip", asOfYear: 2026, scopes: [{ regionCode: "410300" },
                    { regionCode: "410100" }, { parkId: "ly-etdz" }, { regionCode: "CN" }]) {
                    scope { name } completeness presentLeafSegmentCount localEnterpriseCount localSupplyRate
                    localSupplyBasis blankCount } }""").dataWithoutErrors().path("compareScopes");

        List<String> rows = new ArrayList<>();
        reports.forEach(r -> rows.add(r.path("scope").path("name").asText() + " " + r.path("completeness").asDouble()
                + " " + r.path("presentLeafSegmentCount").asInt() + " " + r.path("localEnterpriseCount").asInt() + " "
                + r.path("localSupplyRate").asDouble() + " " + r.path("localSupplyBasis").asText() + " "
                + r.path("blankCount").asInt()));
        assertThat(rows).containsExactly(
                "洛阳市 0.8125 13 129 0.5602 COUNT 3",
                "郑州市 0.8125 13 20 0.0163 VALUE 3",
                "洛阳经济技术开发区 0.4375 7 16 0.0417 COUNT 9",
                "中国 1.0 16 197 0.9327 COUNT 0");
    }

    @Test
    void eachSegmentListsItsLocalFirmsAndTheProjectsServingIt() {
        JsonNode segments = client.query("""
                { chainGapReport(chainId: "nev", scope: { regionCode: "410300" }, asOfYear: 2026) {
                    segments { segment { id } enterprises(first: 2) { totalCount edges { node { name } } }
                               projects { role project { id stage } } } } }""")
                .dataWithoutErrors().path("chainGapReport").path("segments");

        JsonNode vehicle = find(segments, "nev-vehicle");
        assertThat(vehicle.path("enterprises").path("totalCount").asInt()).isEqualTo(2);
        assertThat(names(vehicle.path("enterprises").path("edges")))
                .containsExactly("洛阳中集凌宇汽车有限公司", "洛阳智行新能源专用车有限公司");
        JsonNode threeElectric = find(segments, "nev-3e");
        assertThat(threeElectric.path("enterprises").path("totalCount").asInt()).isEqualTo(8);
        assertThat(names(threeElectric.path("enterprises").path("edges")))
                .containsExactly("中创新航科技（洛阳）有限公司", "洛阳天宇储能科技有限公司");
        assertThat(find(segments, "nev-chip").path("projects").toString()).isEqualTo(
                "[{\"role\":\"FILL\",\"project\":{\"id\":\"prj-003\",\"stage\":\"NEGOTIATING\"}},"
                        + "{\"role\":\"FILL\",\"project\":{\"id\":\"prj-004\",\"stage\":\"RESERVE\"}}]");
        assertThat(find(segments, "nev-thermal").path("projects").size()).isEqualTo(2);
        // prj-005 (电控系统) was terminated: not in the pipeline
        assertThat(find(segments, "nev-econtrol").path("projects").toString())
                .isEqualTo("[{\"role\":\"FILL\",\"project\":{\"id\":\"prj-001\",\"stage\":\"SIGNED\"}}]");
    }

    @Test
    void aReportCostsTheSameStatementsForASmallAndALargeChainAndScope() {
        String query = """
                query($chain: ID!, $region: String!) {
                  chainGapReport(chainId: $chain, scope: { regionCode: $region }, asOfYear: 2026) {
                    completeness localSupplyRate chain { name }
                    segments { segment { name } status score enterprises(first: 3) { totalCount edges { node { name } } }
                               projects { project { name } } }
                    externalDependencies { segment { name } kinds localBuyerCount }
                    extensionCandidates { segment { name } feeds { name } } } }""";
        // the region directory is loaded once; a chain's structure and national figures are reused
        // by the reports that follow (GapReportRepository), so each chain is asked for once first
        client.query(query, Map.of("chain", "nev", "region", "410305"));
        client.query(query, Map.of("chain", "equip", "region", "CN"));

        GraphQLClient.Response small = client.query(query, Map.of("chain", "nev", "region", "410305"));
        GraphQLClient.Response large = client.query(query, Map.of("chain", "equip", "region", "CN"));

        assertThat(small.dataWithoutErrors().path("chainGapReport").path("segments").size()).isEqualTo(19);
        assertThat(large.dataWithoutErrors().path("chainGapReport").path("segments").size()).isEqualTo(20);
        // the scope's figures; then for all segments at once their enterprises, the enterprise
        // counts and the projects. Chain and segments come primed.
        assertThat(small.cypherQueries()).isEqualTo(4);
        assertThat(large.cypherQueries()).isEqualTo(small.cypherQueries());
    }

    @Test
    void badInputGetsACodeAndAMessageToActOn() {
        assertError("{ chainGapReport(chainId: \"nope\", scope: { regionCode: \"410300\" }) { completeness } }",
                "NOT_FOUND", "No industry chain with id 'nope'");
        assertError("{ chainGapReport(chainId: \"nev\", scope: { regionCode: \"410300\", parkId: \"ly-etdz\" }) "
                + "{ completeness } }", "BAD_USER_INPUT", "scope takes exactly one of regionCode");
        assertError("{ chainGapReport(chainId: \"nev\", scope: {}) { completeness } }", "BAD_USER_INPUT", "got neither");
        assertError("{ chainGapReport(chainId: \"nev\", scope: { parkId: \"nope\" }) { completeness } }", "NOT_FOUND",
                "No park with id 'nope'");
        assertError("{ chainGapReport(chainId: \"nev\", scope: { regionCode: \"999999\" }) { completeness } }",
                "BAD_USER_INPUT", "Unknown region code '999999'");
        assertError("{ chainGapReport(chainId: \"nev\", scope: { regionCode: \"410300\" }, asOfYear: 20) "
                + "{ completeness } }", "BAD_USER_INPUT", "asOfYear must be between 1949 and 2100, got 20");
        assertError("{ compareScopes(chainId: \"nev\", scopes: []) { completeness } }", "BAD_USER_INPUT",
                "scopes must hold between 1 and 10 scopes, got 0");
        assertError("{ compareScopes(chainId: \"nev\", scopes: [{ regionCode: \"410300\" }, { }]) { completeness } }",
                "BAD_USER_INPUT", "scopes[1] takes exactly one of regionCode");
    }

    @Test
    void theSettingsDefaultToTheDomainDefinitions() {
        assertThat(TestServer.bean(AnalysisSettings.class).config()).isEqualTo(AnalysisConfig.DEFAULTS);
    }

    private JsonNode report(String chain, Map<String, Object> scope, int year) {
        return client.query(REPORT, Map.of("chain", chain, "scope", scope, "year", year)).dataWithoutErrors()
                .path("chainGapReport");
    }

    private void assertError(String query, String code, String message) {
        GraphQLClient.Response response = client.query(query);
        assertThat(response.firstErrorCode()).as(query).isEqualTo(code);
        assertThat(response.errors().path(0).path("message").asText()).as(query).contains(message);
    }

    private static Map<String, String> statuses(JsonNode report) {
        Map<String, String> statuses = new LinkedHashMap<>();
        report.path("segments").forEach(s -> statuses.put(s.path("segment").path("id").asText(),
                s.path("status").asText()));
        return statuses;
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static JsonNode segment(JsonNode report, String id) {
        return find(report.path("segments"), id);
    }

    private static JsonNode find(JsonNode assessments, String id) {
        for (JsonNode assessment : assessments) {
            if (assessment.path("segment").path("id").asText().equals(id)) {
                return assessment;
            }
        }
        throw new AssertionError("No segment " + id + " in " + assessments);
    }

    private static List<String> ids(JsonNode list, String field) {
        List<String> ids = new ArrayList<>();
        list.forEach(item -> ids.add(item.path(field).path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode list) {
        List<String> texts = new ArrayList<>();
        list.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> names(JsonNode edges) {
        List<String> names = new ArrayList<>();
        edges.forEach(edge -> names.add(edge.path("node").path("name").asText()));
        return names;
    }
}
