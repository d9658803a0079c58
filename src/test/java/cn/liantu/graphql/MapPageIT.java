package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.Browser;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The analyst's page /map in a real browser (Debian's headless Chromium, no network beyond
 * localhost) against the test server with the demo data. Expected values are the ones ChainGapIT,
 * SupplyAnalysisIT and LedgerIT assert through the API (computed independently by
 * tools/analysis/expected_values.py): the page must show exactly what the API answers.
 * Screenshots land in target/screenshots/. Skipped when chromium or chromedriver is missing.
 */
class MapPageIT {

    private static final String NEV_LUOYANG_2026 = "/map?city=410300&chain=nev&year=2026";
    private static final Map<String, String> STATUS_COLOURS = Map.of(
            "STRONG", "rgb(26, 127, 55)", "POTENTIAL", "rgb(47, 111, 208)",
            "WEAK", "rgb(232, 163, 23)", "BLANK", "rgb(213, 217, 222)");

    private static Browser browser;

    @BeforeAll
    static void startBrowser() {
        if (Browser.installed()) {
            browser = Browser.start(TestServer.get().getURI().toString());
        }
    }

    @BeforeEach
    void needsTheBrowser() {
        Browser.assumeInstalled(); // each test reports itself skipped, with the reason
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theMapDrawsEverySegmentOfTheChainInItsStatusColour() throws IOException {
        browser.size(1366, 768);
        browser.open(NEV_LUOYANG_2026);
        browser.waitForAttribute("#chain-map", "data-state", "ready");
        assertThat(browser.viewport()).containsExactly(1366L, 768L);

        Map<String, String> statuses = new HashMap<>();
        for (WebElement segment : browser.all("#chain-map g.segment")) {
            String status = segment.getAttribute("data-status");
            statuses.put(segment.getAttribute("data-segment-id"), status);
            WebElement box = segment.findElement(By.cssSelector("rect.box"));
            assertThat(box.getCssValue("fill")).as(segment.getAttribute("data-segment-id")).isEqualTo(STATUS_COLOURS.get(status));
        }
        assertThat(statuses).containsExactlyInAnyOrderEntriesOf(NEV_STATUSES);

        Map<String, String> flows = new HashMap<>();
        for (WebElement flow : browser.all("#chain-map path.flow")) {
            flows.put(flow.getAttribute("data-from") + ">" + flow.getAttribute("data-to"), flow.getAttribute("class"));
        }
        List<String> demoFlows = demoFlows("nev-");
        assertThat(flows.keySet()).containsExactlyInAnyOrderElementsOf(demoFlows);
        flows.forEach((flow, classes) -> {
            String[] ends = flow.split(">");
            boolean broken = NEV_STATUSES.get(ends[0]).equals("BLANK") || NEV_STATUSES.get(ends[1]).equals("BLANK");
            assertThat(classes).as(flow).isEqualTo(broken ? "flow broken" : "flow");
        });

        assertThat(browser.text("#summary h1")).startsWith("新能源汽车 · 洛阳市");
        assertThat(metric("completeness")).isEqualTo("产业链完整度\n60.0%\n9/15 末级环节");
        assertThat(metric("weightedCompleteness")).isEqualTo("加权完整度\n59.3%");
        assertThat(metric("localSupplyRate")).isEqualTo("本地配套率\n18.9%\n按笔数 · 7/37 笔");
        assertThat(metric("localEnterpriseCount")).isEqualTo("本地链上企业\n34 家");
        Map<String, String> counts = new LinkedHashMap<>();
        browser.all("#summary .count").forEach(c -> counts.put(c.getAttribute("data-status"), c.getAttribute("data-count")));
        assertThat(counts).containsExactly(Map.entry("STRONG", "2"), Map.entry("POTENTIAL", "5"),
                Map.entry("WEAK", "2"), Map.entry("BLANK", "6"));
        browser.assertSideBySideInTheWindow("#chain-map", "#detail");
        browser.screenshot("map-nev-luoyang-1366x768");
    }

    @Test
    void selectingABlankSegmentListsItsTargetsWithReasonsAndTheProjectsServingIt() throws IOException {
        browser.size(1366, 768);
        browser.open(NEV_LUOYANG_2026);
        browser.waitForAttribute("#chain-map", "data-state", "ready");

        browser.one("#chain-map g.segment[data-segment-id='nev-chip']").click();
        browser.waitForAttribute("#detail", "data-targets", "5");

        assertThat(browser.text("#detail h2")).isEqualTo("车规级芯片");
        assertThat(browser.text("#detail .status-chip")).isEqualTo("空白");
        assertThat(browser.text("#detail .chip.key")).isEqualTo("★ 关键环节：核心基础零部件");
        assertThat(browser.text("#detail .score-line")).isEqualTo("空白环节：本地没有企业；全国有 6 家企业在此环节。");
        assertThat(browser.text("#detail .enterprises")).isEqualTo("本地企业（0 家）\n本地暂无企业");
        assertThat(browser.text("#detail .note.extend")).isEqualTo("延链候选：紧邻本地优势环节 整车制造");
        assertThat(browser.text("#detail .note.risk"))
                .isEqualTo("外部依赖（卡脖子风险）：全部外部供应、单一供应商，本地采购企业 8 家");

        List<String> targets = new ArrayList<>();
        for (WebElement target : browser.all("#detail .target-list > li")) {
            targets.add(target.findElement(By.cssSelector(".firm-name")).getText() + " " + target.getAttribute("data-score"));
        }
        assertThat(targets).containsExactly("德州仪器公司（Texas Instruments） 50.0",
                "英飞凌科技股份公司（Infineon Technologies AG） 50.0", "比亚迪半导体股份有限公司 46.7",
                "瑞萨电子株式会社（Renesas Electronics） 33.7", "北京地平线机器人技术研发有限公司 10.8");
        List<String> bydReasons = new ArrayList<>();
        browser.all("#detail .target-list > li:nth-child(3) .reasons b").forEach(b -> bydReasons.add(b.getText()));
        assertThat(bydReasons).containsExactly("环节实力 +1.7", "企业标签 +15.0", "榜单 +10.0", "以商招商 +20.0");
        // FACTS.md: its tags and ranking, and the eight 洛阳 firms it supplies with chips
        List<String> bydEvidence = new ArrayList<>();
        browser.all("#detail .target-list > li:nth-child(3) .reasons .evidence").forEach(e -> bydEvidence.add(e.getText()));
        assertThat(bydEvidence.subList(1, 4)).containsExactly("标签：专精特新、小巨人、高新技术", "行业50强（2025）第 4 名",
                "向本地 8 家企业供货，从本地 0 家企业采购");

        List<String> projects = new ArrayList<>();
        browser.all("#detail .project-list li").forEach(p -> projects.add(p.getAttribute("data-project-id") + " "
                + p.findElement(By.cssSelector(".chip")).getText() + " " + p.findElement(By.cssSelector(".firm-facts")).getText().split(" · ")[0]));
        assertThat(projects).containsExactly("prj-003 补链 在谈", "prj-004 补链 储备");

        List<String> active = new ArrayList<>();
        browser.all("#chain-map path.flow.active").forEach(f -> active.add(f.getAttribute("data-to")));
        assertThat(active).containsExactlyInAnyOrder("nev-battery", "nev-econtrol", "nev-thermal", "nev-vehicle");
        assertThat(browser.currentUrl()).contains("segment=nev-chip");
        browser.screenshot("map-nev-chip-selected-1366x768");
    }

    @Test
    void selectingAPresentSegmentListsItsLocalFirmsAndItsScore() throws IOException {
        browser.size(1920, 1080);
        browser.open(NEV_LUOYANG_2026 + "&segment=nev-vehicle");
        browser.waitForAttribute("#detail", "data-targets", "5");

        assertThat(browser.text("#detail h2")).isEqualTo("整车制造");
        assertThat(browser.text("#detail .status-chip")).isEqualTo("优势");
        List<String> firms = new ArrayList<>();
        browser.all("#detail .firm-list .firm-name").forEach(f -> firms.add(f.getText()));
        assertThat(firms).containsExactly("洛阳中集凌宇汽车有限公司", "洛阳智行新能源专用车有限公司");
        assertThat(browser.text("#detail .score-grid dd.big")).isEqualTo("55.4");
        assertThat(browser.one("#chain-map g.segment[data-segment-id='nev-vehicle']").getAttribute("class"))
                .isEqualTo("segment leaf selected");
        browser.assertSideBySideInTheWindow("#chain-map", "#detail");
        browser.screenshot("map-nev-vehicle-selected-1920x1080");
    }

    @Test
    void aParkCanBeTheScope() {
        browser.size(1366, 768);
        browser.open("/map?city=410311&park=ly-etdz&chain=nev&year=2026"); // a county code lands in the county picker
        browser.waitForAttribute("#chain-map", "data-state", "ready");

        assertThat(new Select(browser.one("#city")).getFirstSelectedOption().getAttribute("value")).isEqualTo("410300");
        assertThat(new Select(browser.one("#county")).getFirstSelectedOption().getAttribute("value")).isEqualTo("410311");
        assertThat(new Select(browser.one("#park")).getFirstSelectedOption().getText()).isEqualTo("洛阳经济技术开发区");
        // ChainGapIT.aParkScopeCountsTheFirmsRegisteredInThePark
        assertThat(browser.text("#summary h1")).startsWith("新能源汽车 · 洛阳经济技术开发区");
        assertThat(metric("completeness")).isEqualTo("产业链完整度\n46.7%\n7/15 末级环节");
        assertThat(metric("weightedCompleteness")).isEqualTo("加权完整度\n48.1%");
        assertThat(metric("localSupplyRate")).isEqualTo("本地配套率\n8.7%\n按笔数 · 2/23 笔");
        assertThat(metric("localEnterpriseCount")).isEqualTo("本地链上企业\n13 家");
        assertThat(statusOf("nev-body")).isEqualTo("STRONG");
        assertThat(statusOf("nev-anode")).isEqualTo("WEAK");
        assertThat(statusOf("nev-cathode")).isEqualTo("BLANK");
    }

    @Test
    void theFunnelShowsTheLedgerAndEachRowHasItsOwn() throws IOException {
        browser.size(1366, 768);
        browser.open("/map?view=ledger&city=410300&year=2026");
        browser.waitForAttribute("#ledger-pane", "data-state", "ready");

        assertThat(funnel()).containsExactly("signed 35", "started 23", "producing 13", "effective 6");
        List<String> rates = new ArrayList<>();
        browser.all("#funnel text.stage-rate").forEach(r -> rates.add(r.getText()));
        assertThat(rates).containsExactly("↓ 开工率 65.7%", "↓ 投产率 56.5%", "↓ 达效率 46.2%");
        assertThat(browser.text("#funnel-facts"))
                .isEqualTo("签约金额 5,490,000 万元 · 到位资金 2,452,122 万元 · 资金到位率 44.7%");
        // LedgerIT.theLedgerByParkHasExactCountsAmountsAndRates
        assertThat(ledgerRows()).containsExactly("ly-etdz 10/7/4/1", "ly-mengjin 5/3/1/1", "ly-yibin 7/3/2/2",
                "ly-hitech 11/8/6/2", "ly-luanchuan 2/2/0/0", "TOTAL 35/23/13/6");
        browser.screenshot("ledger-funnel-luoyang-1366x768");

        browser.one("#ledger-table tr[data-key='ly-etdz']").click();
        browser.waitForText("#funnel-title", "项目漏斗：洛阳经济技术开发区");
        assertThat(funnel()).containsExactly("signed 10", "started 7", "producing 4", "effective 1");
        assertThat(browser.one("#ledger-table tr[data-key='ly-etdz']").getAttribute("class")).isEqualTo("chosen");
    }

    @Test
    void theLedgerOfA2025CohortByChain() {
        browser.size(1366, 768);
        browser.open("/map?view=ledger&city=410300&year=2026&groupBy=CHAIN&signedFrom=2025-01-01&signedTo=2025-12-31");
        browser.waitForAttribute("#ledger-pane", "data-state", "ready");

        // LedgerIT.theLedgerOfACohortByChainAndByOfficial (every demo project is in 洛阳)
        assertThat(ledgerRows()).containsExactly("nev 7/5/3/2", "equip 9/7/4/2", "material 4/3/2/1", "TOTAL 20/15/9/5");
        assertThat(funnel()).containsExactly("signed 20", "started 15", "producing 9", "effective 5");
        assertThat(new Select(browser.one("#group-by")).getFirstSelectedOption().getText()).isEqualTo("按产业链");
    }

    @Test
    void theParkScorecardIsATableSortableByAnyColumn() throws IOException {
        browser.size(1920, 1080);
        browser.open("/map?view=ledger&city=410300&year=2026");
        browser.waitForAttribute("#scorecard-pane", "data-state", "ready");

        // LedgerIT.theParkScorecardRanksByTaxPerMu
        assertThat(scorecard("class", "targetMet", "oneLeading", "enterprises")).containsExactly(
                "ly-hitech A 类 是 是 76", "ly-etdz B 类 是 是 30", "ly-luanchuan B 类 是 是 13",
                "ly-yibin C 类 是 否 37", "ly-mengjin D 类 否 是 7");
        browser.assertSideBySideInTheWindow("#funnel", "#ledger-table");
        browser.screenshot("ledger-and-scorecard-1920x1080");

        browser.one("#scorecard th[data-key='enterprises'] button").click();
        assertThat(scorecard("enterprises")).containsExactly(
                "ly-hitech 76", "ly-yibin 37", "ly-etdz 30", "ly-luanchuan 13", "ly-mengjin 7");
        assertThat(browser.one("#scorecard th[data-key='enterprises']").getAttribute("aria-sort")).isEqualTo("descending");
        browser.one("#scorecard th[data-key='enterprises'] button").click();
        assertThat(scorecard("enterprises")).containsExactly(
                "ly-mengjin 7", "ly-luanchuan 13", "ly-etdz 30", "ly-yibin 37", "ly-hitech 76");
        browser.one("#scorecard th[data-key='share'] button").click();
        assertThat(scorecard("share").get(4)).isEqualTo("ly-yibin 12.9%");
    }

    @Test
    void anErrorOfTheApiIsShownWhereItHappened() throws IOException {
        browser.size(1366, 768);
        browser.open("/map?city=410300&chain=nev&year=1900");
        browser.waitForAttribute("#summary", "data-state", "error");

        assertThat(browser.text("#summary")).contains("asOfYear must be between 1949 and 2100, got 1900");
        assertThat(browser.text("#status .error")).contains("asOfYear must be between 1949 and 2100, got 1900")
                .contains("BAD_USER_INPUT");
        browser.screenshot("map-error-1366x768");
    }

    @Test
    void whileDataLoadsThePageSaysSo() throws IOException {
        browser.size(1366, 768);
        browser.open(NEV_LUOYANG_2026);
        browser.waitForAttribute("#chain-map", "data-state", "ready");
        browser.holdRequests();

        new Select(browser.one("#chain")).selectByVisibleText("高端装备（轴承）");
        browser.waitForAttribute("#summary", "data-state", "loading");
        assertThat(browser.text("#status")).isEqualTo("加载中…");
        assertThat(browser.one("body").getAttribute("data-loading")).isEqualTo("true");
        browser.screenshot("map-loading-1366x768");

        browser.releaseRequests();
        browser.waitForAttribute("#summary", "data-state", "ready");
        assertThat(browser.text("#summary h1")).startsWith("高端装备（轴承） · 洛阳市");
        assertThat(browser.all("#chain-map g.segment")).hasSize(20); // ChainGapIT: equip has 20 segments
        assertThat(metric("completeness")).isEqualTo("产业链完整度\n81.3%\n13/16 末级环节"); // ChainGapIT: 0.8125
        assertThat(browser.one("#status").isDisplayed()).isFalse();
    }

    @Test
    void aPastedTokenIsSentAsABearerHeaderAndCanBeCleared() {
        browser.size(1366, 768);
        browser.open(NEV_LUOYANG_2026);
        browser.waitForAttribute("#chain-map", "data-state", "ready");
        browser.recordAuthorizationHeaders();

        browser.one(".token summary").click();
        browser.one("#token").sendKeys("Bearer demo-token-123");
        browser.one("#token-form button[type='submit']").click();
        browser.waitForRecordedHeaders(1);
        assertThat(browser.recordedHeaders().get(0)).isEqualTo("Bearer demo-token-123");
        assertThat(browser.script("return localStorage.getItem('liantu.token')")).isEqualTo("demo-token-123");

        browser.one("#token-clear").click();
        browser.waitForRecordedHeaders(2);
        assertThat(browser.recordedHeaders().get(1)).isEqualTo("none");
        assertThat(browser.script("return localStorage.getItem('liantu.token')")).isNull();
    }

    @Test
    void everythingThePageLoadsComesFromLianTuItself() {
        browser.size(1366, 768);
        browser.open(NEV_LUOYANG_2026);
        browser.waitForAttribute("#chain-map", "data-state", "ready");

        List<String> resources = browser.resourceUrls();
        assertThat(resources).isNotEmpty().allMatch(url -> url.startsWith(browser.base()), "served by LianTu");
        assertThat(resources).anyMatch(url -> url.endsWith("/map/map.js")).anyMatch(url -> url.endsWith("/graphql"));
    }

    private static String statusOf(String segmentId) {
        return browser.one("#chain-map g.segment[data-segment-id='" + segmentId + "']").getAttribute("data-status");
    }

    private static String metric(String key) {
        return browser.text("#summary [data-metric='" + key + "']");
    }

    private static List<String> funnel() {
        List<String> stages = new ArrayList<>();
        browser.all("#funnel g.stage").forEach(s -> stages.add(s.getAttribute("data-stage") + " " + s.getAttribute("data-count")));
        return stages;
    }

    /** Rows of the scorecard in display order: park id, then the cells of the given columns. */
    private static List<String> scorecard(String... columns) {
        List<String> rows = new ArrayList<>();
        for (WebElement row : browser.all("#scorecard tbody tr")) {
            StringBuilder text = new StringBuilder(row.getAttribute("data-park-id"));
            for (String column : columns) {
                text.append(' ').append(row.findElement(By.cssSelector("td[data-key='" + column + "']")).getText());
            }
            rows.add(text.toString());
        }
        return rows;
    }

    private static List<String> ledgerRows() {
        List<String> rows = new ArrayList<>();
        browser.all("#ledger-table tbody tr").forEach(r -> rows.add(r.getAttribute("data-key") + " "
                + String.join("/", r.findElements(By.cssSelector("td.num")).stream().limit(4).map(WebElement::getText).toList())));
        return rows;
    }

    /** The supply flows between segments of the demo chain, from the demo dataset itself. */
    private static List<String> demoFlows(String prefix) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> flows = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/demo/segment_flows.jsonl"))) {
            JsonNode flow = json.readTree(line);
            if (flow.path("from").asText().startsWith(prefix)) {
                flows.add(flow.path("from").asText() + ">" + flow.path("to").asText());
            }
        }
        return flows;
    }

    // ChainGapIT.newEnergyVehiclesInLuoyangAtTheEndOf2026
    private static final Map<String, String> NEV_STATUSES = Map.ofEntries(
            Map.entry("nev-up", "WEAK"), Map.entry("nev-mid", "WEAK"), Map.entry("nev-down", "POTENTIAL"),
            Map.entry("nev-anode", "STRONG"), Map.entry("nev-cathode", "WEAK"), Map.entry("nev-chip", "BLANK"),
            Map.entry("nev-electrolyte", "BLANK"), Map.entry("nev-lithium", "BLANK"), Map.entry("nev-magnet", "POTENTIAL"),
            Map.entry("nev-separator", "BLANK"), Map.entry("nev-3e", "POTENTIAL"), Map.entry("nev-body", "POTENTIAL"),
            Map.entry("nev-thermal", "BLANK"), Map.entry("nev-charging", "WEAK"), Map.entry("nev-recycling", "POTENTIAL"),
            Map.entry("nev-vehicle", "STRONG"), Map.entry("nev-battery", "POTENTIAL"), Map.entry("nev-econtrol", "BLANK"),
            Map.entry("nev-motor", "POTENTIAL"));
}
