package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Investment targets, supply chains, exposure and supply-demand matching over HTTP on the demo
 * data. Expected values from tools/analysis/expected_values.py (independent of LianTu's code).
 */
class SupplyAnalysisIT {

    private static final String LYC = "91410305JG7LCMK11B";       // 洛阳LYC轴承有限公司, equip chain leader
    private static final String BYD_SEMI = "914403101A86H143WA";  // 比亚迪半导体, sole 车规级芯片 supplier to 洛阳

    private final GraphQLClient client = TestServer.client();

    @Test
    void targetsForTheGapsAreRankedWithTheirReasons() {
        JsonNode targets = client.query("""
                { investmentTargets(chainId: "nev", scope: { regionCode: "410300" }, first: 5, asOfYear: 2026) {
                    enterprise { name region { code } } segment { id } score reasons { factor points detail } } }""")
                .dataWithoutErrors().path("investmentTargets");

        // default segments: the BLANK and WEAK leaves of nev in 洛阳
        assertThat(rows(targets)).containsExactly(
                "深圳新宙邦科技股份有限公司 nev-electrolyte 75.0",
                "阳光电源股份有限公司 nev-charging 70.0",
                "罗伯特·博世有限公司（Robert Bosch GmbH） nev-econtrol 65.0",
                "上海恩捷新材料科技有限公司 nev-separator 65.0",
                "株式会社电装（DENSO Corporation） nev-thermal 60.0");
        assertThat(targets.path(0).path("reasons").toString()).isEqualTo("["
                + "{\"factor\":\"STRENGTH\",\"points\":40.0,\"detail\":\"revenue 780000 万元 in 电解液: 88.7% of the "
                + "segment's revenue, 100.0% of its biggest firm\"},"
                + "{\"factor\":\"TAGS\",\"points\":10.0,\"detail\":\"tags SINGLE_CHAMPION, HIGH_TECH\"},"
                + "{\"factor\":\"RANKING\",\"points\":10.0,\"detail\":\"INDUSTRY_TOP_50 2025 #3\"},"
                + "{\"factor\":\"SUPPLY_TIES\",\"points\":15.0,\"detail\":\"supplies 3 and buys from 0 enterprises in "
                + "the scope (以商招商)\"}]");
    }

    @Test
    void targetsForChosenSegmentsAndNeverFirmsOfTheScope() {
        JsonNode targets = client.query("""
                { investmentTargets(chainId: "nev", scope: { regionCode: "410300" }, segmentIds: ["nev-chip"],
                                    first: 3, asOfYear: 2026) {
                    enterprise { name region { code } } segment { id } score reasons { factor points } } }""")
                .dataWithoutErrors().path("investmentTargets");

        // TI and Infineon tie on score and revenue: the smaller id (TI's) comes first
        assertThat(rows(targets)).containsExactly(
                "德州仪器公司（Texas Instruments） nev-chip 50.0",
                "英飞凌科技股份公司（Infineon Technologies AG） nev-chip 50.0",
                "比亚迪半导体股份有限公司 nev-chip 46.7");
        assertThat(targets.path(2).path("reasons").toString()).isEqualTo("[{\"factor\":\"STRENGTH\",\"points\":1.7},"
                + "{\"factor\":\"TAGS\",\"points\":15.0},{\"factor\":\"RANKING\",\"points\":10.0},"
                + "{\"factor\":\"SUPPLY_TIES\",\"points\":20.0}]");

        JsonNode bearings = client.query("""
                { investmentTargets(chainId: "equip", scope: { regionCode: "410300" }, segmentIds: ["equip-precision"],
                                    first: 100, asOfYear: 2026) { enterprise { name region { code parent { code } } } } }""")
                .dataWithoutErrors().path("investmentTargets");
        // 精密轴承 has 46 operating firms in China, 40 of them in 洛阳; abroad Schaeffler and NSK
        assertThat(bearings.size()).isEqualTo(8);
        bearings.forEach(t -> assertThat(t.path("enterprise").path("region").path("parent").path("code").asText())
                .isNotEqualTo("410300"));
    }

    @Test
    void theSuppliersOfAChainLeaderTierByTier() {
        JsonNode chain = client.query("""
                { supplyChain(uscc: "%s", direction: UPSTREAM, maxTiers: 2,
                              filter: { scope: { regionCode: "410300" } }) {
                    root { name } direction maxTiers totalCount tiers { tier enterpriseCount inScopeCount }
                    entries { enterprise { name } tier value inScope path { name } } } }""".formatted(LYC))
                .dataWithoutErrors().path("supplyChain");

        assertThat(chain.path("root").path("name").asText()).isEqualTo("洛阳LYC轴承有限公司");
        assertThat(chain.path("totalCount").asInt()).isEqualTo(12);
        assertThat(chain.path("tiers").toString()).isEqualTo("[{\"tier\":1,\"enterpriseCount\":11,\"inScopeCount\":8},"
                + "{\"tier\":2,\"enterpriseCount\":1,\"inScopeCount\":0}]");
        JsonNode first = chain.path("entries").path(0);
        assertThat(first.path("enterprise").path("name").asText()).isEqualTo("山阳特殊制钢株式会社（Sanyo Special Steel）");
        assertThat(first.path("value").asDouble()).isEqualTo(16227.2);
        assertThat(first.path("inScope").asBoolean()).isFalse();
        JsonNode last = chain.path("entries").path(11);
        assertThat(last.path("tier").asInt()).isEqualTo(2);
        assertThat(names(last.path("path"))).containsExactly("洛阳LYC轴承有限公司", "洛阳伟业锻压有限公司",
                "浦项制铁控股株式会社（POSCO Holdings）");
    }

    @Test
    void supplyChainFiltersKeepTheirTiersAndPaths() {
        JsonNode outside = client.query("""
                { supplyChain(uscc: "%s", direction: UPSTREAM, maxTiers: 2,
                              filter: { scope: { regionCode: "410300" }, inside: false }) {
                    totalCount entries { enterprise { name } tier } } }""".formatted(LYC))
                .dataWithoutErrors().path("supplyChain");
        JsonNode steel = client.query("""
                { supplyChain(uscc: "%s", direction: UPSTREAM, maxTiers: 2, filter: { segmentId: "equip-steel" },
                              first: 3) { totalCount entries { enterprise { name } inScope } } }""".formatted(LYC))
                .dataWithoutErrors().path("supplyChain");

        assertThat(outside.path("totalCount").asInt()).isEqualTo(4);
        assertThat(entryNames(outside)).containsExactly("山阳特殊制钢株式会社（Sanyo Special Steel）", "宝武特种冶金有限公司",
                "深圳三联锻压有限公司", "浦项制铁控股株式会社（POSCO Holdings）");
        assertThat(steel.path("totalCount").asInt()).isEqualTo(5);
        assertThat(entryNames(steel)).containsExactly("山阳特殊制钢株式会社（Sanyo Special Steel）", "宝武特种冶金有限公司",
                "洛阳特钢集团有限公司");
        assertThat(steel.path("entries").path(0).path("inScope").isNull()).isTrue();
    }

    @Test
    void ifTheSoleChipSupplierStoppedTheseFirmsOfLuoyangWouldBeHit() {
        JsonNode exposure = client.query("""
                { exposure(uscc: "%s", scope: { regionCode: "410300" }, maxTiers: 2, year: 2026) {
                    enterprise { name } scope { name } affectedCount affectedRevenue
                    affected { enterprise { name } tier revenue value path { name } } } }""".formatted(BYD_SEMI))
                .dataWithoutErrors().path("exposure");

        assertThat(exposure.path("affectedCount").asInt()).isEqualTo(9);
        assertThat(exposure.path("affectedRevenue").asDouble()).isEqualTo(1237837.0);
        List<String> affected = new ArrayList<>();
        exposure.path("affected").forEach(a -> affected.add(a.path("tier").asInt() + " "
                + a.path("enterprise").path("name").asText() + " " + a.path("revenue").asDouble()));
        assertThat(affected).containsExactly(
                "1 中创新航科技（洛阳）有限公司 860000.0",
                "1 洛阳天宇储能科技有限公司 120000.0",
                "1 洛阳中集凌宇汽车有限公司 210000.0",
                "1 洛阳智行新能源专用车有限公司 18000.0",
                "1 洛阳鼎立储能科技有限公司 18525.0",
                "1 洛阳卓越锂电科技有限公司 3236.0",
                "1 洛阳银河锂电科技有限公司 3113.0",
                "1 洛阳牡丹电池科技有限公司 3327.0",
                "2 洛阳隆盛循环科技有限公司 1636.0");
        assertThat(names(exposure.path("affected").path(8).path("path"))).containsExactly("比亚迪半导体股份有限公司",
                "洛阳鼎立储能科技有限公司", "洛阳隆盛循环科技有限公司");
    }

    @Test
    void localBuyersArePairedWithLocalFirmsThatCouldSupplyThem() {
        JsonNode matches = client.query("""
                { supplyDemandMatches(chainId: "nev", scope: { regionCode: "410300" }, first: 5, asOfYear: 2026) {
                    buyer { name } supplier { name } segment { id } outsideValue outsideSupplierCount reason } }""")
                .dataWithoutErrors().path("supplyDemandMatches");

        List<String> rows = new ArrayList<>();
        matches.forEach(m -> rows.add(m.path("buyer").path("name").asText() + " <- " + m.path("supplier").path("name")
                .asText() + " " + m.path("segment").path("id").asText() + " " + m.path("outsideValue").asDouble() + " "
                + m.path("outsideSupplierCount").asInt()));
        assertThat(rows).containsExactly(
                "中创新航科技（洛阳）有限公司 <- 洛阳恒瑞锂电材料有限公司 nev-cathode 35364.7 1",
                "中创新航科技（洛阳）有限公司 <- 洛阳三联新能源材料有限公司 nev-cathode 35364.7 1",
                "中创新航科技（洛阳）有限公司 <- 洛阳洛鑫碳素新材料股份有限公司 nev-anode 7508.6 1",
                "中创新航科技（洛阳）有限公司 <- 洛阳顺达炭材料有限公司 nev-anode 7508.6 1",
                "中创新航科技（洛阳）有限公司 <- 洛阳瑞特炭材料有限公司 nev-anode 7508.6 1");
        assertThat(matches.path(0).path("reason").asText()).startsWith("中创新航科技（洛阳）有限公司 buys 正极材料 products")
                .contains("worth 35365 万元 from 1 supplier outside the scope; 洛阳恒瑞锂电材料有限公司 works in 正极材料");
    }

    @Test
    void badInputGetsACodeAndAMessageToActOn() {
        assertError("{ supplyChain(uscc: \"%s\", direction: UPSTREAM, maxTiers: 5) { totalCount } }".formatted(LYC),
                "BAD_USER_INPUT", "maxTiers must be between 1 and 4, got 5");
        assertError("{ exposure(uscc: \"%s\", scope: { regionCode: \"410300\" }, maxTiers: 0) { affectedCount } }"
                .formatted(BYD_SEMI), "BAD_USER_INPUT", "maxTiers must be between 1 and 4, got 0");
        assertError("{ supplyChain(uscc: \"91410300000000000X\", direction: DOWNSTREAM) { totalCount } }",
                "NOT_FOUND", "No enterprise with USCC '91410300000000000X'");
        assertError("{ supplyChain(uscc: \"%s\", direction: UPSTREAM, filter: { inside: true }) { totalCount } }"
                .formatted(LYC), "BAD_USER_INPUT", "filter.inside needs filter.scope");
        assertError("{ supplyChain(uscc: \"%s\", direction: UPSTREAM, filter: { segmentId: \"x\" }) { totalCount } }"
                .formatted(LYC), "NOT_FOUND", "No segment with id 'x'");
        assertError("{ investmentTargets(chainId: \"nev\", scope: { regionCode: \"410300\" }, segmentIds: "
                + "[\"equip-steel\"]) { score } }", "BAD_USER_INPUT", "Segment 'equip-steel' is not a segment of chain nev");
        assertError("{ investmentTargets(chainId: \"nev\", scope: { regionCode: \"410300\" }, first: 101) { score } }",
                "BAD_USER_INPUT", "first must be between 0 and 100");
        assertError("{ supplyDemandMatches(chainId: \"nope\", scope: { regionCode: \"410300\" }) { reason } }",
                "NOT_FOUND", "No industry chain with id 'nope'");
    }

    private void assertError(String query, String code, String message) {
        GraphQLClient.Response response = client.query(query);
        assertThat(response.firstErrorCode()).as(query).isEqualTo(code);
        assertThat(response.errors().path(0).path("message").asText()).as(query).contains(message);
    }

    private static List<String> rows(JsonNode targets) {
        List<String> rows = new ArrayList<>();
        targets.forEach(t -> rows.add(t.path("enterprise").path("name").asText() + " "
                + t.path("segment").path("id").asText() + " " + t.path("score").asDouble()));
        return rows;
    }

    private static List<String> entryNames(JsonNode chain) {
        List<String> names = new ArrayList<>();
        chain.path("entries").forEach(e -> names.add(e.path("enterprise").path("name").asText()));
        return names;
    }

    private static List<String> names(JsonNode enterprises) {
        List<String> names = new ArrayList<>();
        enterprises.forEach(e -> names.add(e.path("name").asText()));
        return names;
    }
}
