package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.RecordType;
import cn.liantu.importer.validation.Uscc;
import cn.liantu.security.Role;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Which supply edges and enterprises a chain-gap report counts, on a small world of its own. Chain
 * g: 上游 (芯片 key link, 钢材) and 下游 (整车); 芯片 and 钢材 feed 整车. Chain h: 食品. Products: chip
 * in 芯片, food in 食品 only, loose placed nowhere. Local (洛阳市): car1, car3 and car2 (closed mid
 * 2026) in 整车, chip in 芯片, shop in 食品. Outside (深圳): xchip in 芯片, xsteel in 钢材, xfood in 食品.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ChainGapSupplyIT {

    private static final EmbeddedServer SERVER = TestServer.scratch("gap-supply");
    private static final GraphQLClient CLIENT = new GraphQLClient(SERVER.getURI()).as(Role.ANALYST, null);
    private static final Map<String, String> USCC = new HashMap<>();

    private static final String REPORT = """
            query($year: Int) {
              chainGapReport(chainId: "g", scope: { regionCode: "410300" }, asOfYear: $year) {
                localEnterpriseCount supplyEdgeCount localSupplyEdgeCount localSupplyRate localSupplyBasis
                segments { segment { id } localEnterpriseCount localRevenue linkage status }
                externalDependencies { segment { id } kinds localBuyerCount outsideValue
                                       suppliers { enterprise { name } inScope buyerCount value } } } }""";

    @BeforeAll
    static void importTheWorld() {
        Map<RecordType, List<Map<String, Object>>> records = new LinkedHashMap<>();
        records.put(RecordType.REGIONS, List.of(region("CN", "中国", "COUNTRY", null),
                region("410000", "河南省", "PROVINCE", "CN"), region("410300", "洛阳市", "CITY", "410000"),
                region("410305", "涧西区", "COUNTY", "410300"), region("440000", "广东省", "PROVINCE", "CN"),
                region("440300", "深圳市", "CITY", "440000")));
        records.put(RecordType.CHAINS, List.of(Map.of("id", "g", "name", "测试整车链", "category", "LEADING"),
                Map.of("id", "h", "name", "测试食品链", "category", "CHARACTERISTIC")));
        records.put(RecordType.SEGMENTS, List.of(segment("g-up", "g", null, "上游", "UPSTREAM", 1, false),
                segment("g-down", "g", null, "下游", "DOWNSTREAM", 1, false),
                segment("g-chip", "g", "g-up", "芯片", "UPSTREAM", 2, true),
                segment("g-steel", "g", "g-up", "钢材", "UPSTREAM", 2, false),
                segment("g-car", "g", "g-down", "整车", "DOWNSTREAM", 2, false),
                segment("h-food", "h", null, "食品", "DOWNSTREAM", 1, false)));
        records.put(RecordType.SEGMENT_FLOWS, List.of(Map.of("from", "g-chip", "to", "g-car"),
                Map.of("from", "g-steel", "to", "g-car")));
        records.put(RecordType.PRODUCTS, List.of(Map.of("id", "chip", "name", "芯片", "segmentIds", List.of("g-chip")),
                Map.of("id", "food", "name", "食品", "segmentIds", List.of("h-food")),
                Map.of("id", "loose", "name", "未归类产品")));
        records.put(RecordType.ENTERPRISES, List.of(
                enterprise("car1", "410305", "g-car", 100.0, null),
                enterprise("car2", "410305", "g-car", 50.5, "2026-06-30"),
                enterprise("car3", "410305", "g-car", 20.0, null),
                enterprise("chip", "410305", "g-chip", 30.0, null),
                enterprise("shop", "410305", "h-food", 5.0, null),
                enterprise("xchip", "440300", "g-chip", 900.0, null),
                enterprise("xsteel", "440300", "g-steel", 800.0, null),
                enterprise("xfood", "440300", "h-food", 700.0, null)));
        records.put(RecordType.SUPPLIES, List.of(
                supply("xchip", "car1", "chip", 100.25, 2026),   // 芯片, from outside
                supply("car1", "chip", "loose", 3.0, 2026),      // product placed nowhere: car1's 整车; local
                supply("xchip", "car1", "food", 60.0, 2026),     // a product of chain h only: not counted
                supply("xsteel", "car1", "loose", 7.0, 2026),    // xsteel's 钢材
                supply("xchip", "shop", null, null, 2026),       // no product: xchip's 芯片, no value
                supply("xfood", "shop", "loose", 9.0, 2026),     // xfood is in no segment of g: not counted
                supply("xchip", "car2", "chip", 5.0, 2026),      // car2 closed before the end of 2026
                supply("xchip", "car1", "chip", 999.0, 2025)));
        ImportReport report = SERVER.getApplicationContext().getBean(ImportEngine.class).run(
                DatasetSource.inMemory("chain-gap supply fixture", records), ImportOptions.defaults(),
                ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
    }

    @Test
    void theSupplyOfTheYearIntoOperatingEnterprisesDeliveringToTheChainCounts() {
        JsonNode report = report(2026);

        // car1, car3, chip; not car2 (closed) nor shop (only buys)
        assertThat(report.path("localEnterpriseCount").asInt()).isEqualTo(3);
        // xchip→car1 chip, car1→chip loose, xsteel→car1 loose, xchip→shop without product; 1 local; one without value
        assertThat(report.path("supplyEdgeCount").asInt()).isEqualTo(4);
        assertThat(report.path("localSupplyEdgeCount").asInt()).isEqualTo(1);
        assertThat(report.path("localSupplyRate").asDouble()).isEqualTo(0.25);
        assertThat(report.path("localSupplyBasis").asText()).isEqualTo("COUNT");
    }

    @Test
    void aKeySegmentBoughtFromOneOutsideSupplierIsADependencyWithItsBuyers() {
        JsonNode dependencies = report(2026).path("externalDependencies");

        assertThat(dependencies.toString()).isEqualTo("[{\"segment\":{\"id\":\"g-chip\"},"
                + "\"kinds\":[\"OUTSIDE_ONLY\",\"SINGLE_SUPPLIER\"],\"localBuyerCount\":2,\"outsideValue\":100.25,"
                + "\"suppliers\":[{\"enterprise\":{\"name\":\"xchip\"},\"inScope\":false,\"buyerCount\":2,"
                + "\"value\":100.25}]}]");
    }

    @Test
    void segmentsCountTheirSubtreeAndLinkageTiesToNeighbouringSegments() {
        Map<String, String> segments = segments(report(2026));

        // chip and car1 are tied (chip feeds car), car3 is not: 整车 half linked
        assertThat(segments).containsExactlyInAnyOrderEntriesOf(Map.of(
                "g-up", "1 30.0",
                "g-down", "2 120.0",
                "g-chip", "1 30.0 linkage 100.0",
                "g-steel", "0 0.0 linkage 0.0",
                "g-car", "2 120.0 linkage 50.0"));
    }

    /**
     * A city report finds its enterprises by the region codes copied onto their OPERATES_IN and
     * incoming SUPPLIES edges: moving an enterprise must move those too. car3 only operates in
     * the chain, shop only buys its products, so each is found by one kind of edge alone.
     */
    @Test
    @Order(Integer.MAX_VALUE - 1) // it moves car3 and shop away and back: after the others but the last
    void enterprisesMovedToAnotherCityAreCountedThereByTheirEdgesAndBackAgain() {
        assertThat(localFigures("440300")).isEqualTo("enterprises 2, edges 0, local edges 0"); // xchip, xsteel

        moveCar3AndShopTo("440300");

        // car3 joins them; xchip→shop (no product: xchip's 芯片) is now a local purchase there
        assertThat(localFigures("440300")).isEqualTo("enterprises 3, edges 1, local edges 1");
        // car1, chip; xchip→car1 chip, car1→chip loose, xsteel→car1 loose
        assertThat(localFigures("410300")).isEqualTo("enterprises 2, edges 3, local edges 1");

        moveCar3AndShopTo("410305");

        assertThat(localFigures("440300")).isEqualTo("enterprises 2, edges 0, local edges 0");
        assertThat(localFigures("410300")).isEqualTo("enterprises 3, edges 4, local edges 1");
    }

    private static String localFigures(String cityCode) {
        JsonNode report = CLIENT.query("""
                query($city: String!) { chainGapReport(chainId: "g", scope: { regionCode: $city }, asOfYear: 2026) {
                  localEnterpriseCount supplyEdgeCount localSupplyEdgeCount } }""", Map.of("city", cityCode))
                .dataWithoutErrors().path("chainGapReport");
        return "enterprises " + report.path("localEnterpriseCount").asInt() + ", edges "
                + report.path("supplyEdgeCount").asInt() + ", local edges " + report.path("localSupplyEdgeCount").asInt();
    }

    private static void moveCar3AndShopTo(String regionCode) {
        JsonNode written = CLIENT.as(Role.EDITOR, null).query("""
                mutation($car3: String, $shop: String, $region: String!) { upsertRecords(input: { enterprises: [
                  { uscc: $car3, name: "car3", revenue: 20, foundedOn: "2010-01-01", regionCode: $region, segmentIds: ["g-car"] },
                  { uscc: $shop, name: "shop", revenue: 5, foundedOn: "2010-01-01", regionCode: $region, segmentIds: ["h-food"] }
                ] }) { written } }""",
                Map.of("car3", USCC.get("car3"), "shop", USCC.get("shop"), "region", regionCode)).dataWithoutErrors();
        assertThat(written.path("upsertRecords").path("written").asBoolean()).isTrue();
    }

    @Test
    @Order(Integer.MAX_VALUE) // it changes the world: after the others
    void anUpsertThroughTheApiIsSeenAtOnceThoughTheChainsStructureAndNationalCountsAreReused() {
        String national = "query { chainGapReport(chainId: \"g\", scope: { regionCode: \"410300\" }, asOfYear: 2026) {"
                + " segments { segment { id } nationalEnterpriseCount } } }";
        JsonNode before = CLIENT.query(national).dataWithoutErrors().path("chainGapReport").path("segments");
        // 上游: chip, xchip, xsteel; 下游: car1, car3 (car2 closed in 2026)
        assertThat(nationalCounts(before)).isEqualTo("g-up 3, g-down 2, g-chip 2, g-steel 1, g-car 2");

        JsonNode written = CLIENT.as(Role.EDITOR, null).query("""
                mutation { upsertRecords(input: {
                  segments: [{ id: "g-glass", chainId: "g", parentId: "g-up", name: "玻璃", position: UPSTREAM,
                               level: 2 }]
                  enterprises: [{ stockCode: "600900", name: "深圳新芯", revenue: 10, foundedOn: "2001-01-01",
                                  regionCode: "440300", segmentIds: ["g-chip"] }] }) { written } }""")
                .dataWithoutErrors();
        assertThat(written.path("upsertRecords").path("written").asBoolean()).isTrue();

        JsonNode after = CLIENT.query(national).dataWithoutErrors().path("chainGapReport").path("segments");
        assertThat(nationalCounts(after)).isEqualTo("g-up 4, g-down 2, g-chip 3, g-glass 0, g-steel 1, g-car 2");
    }

    private static String nationalCounts(JsonNode segments) {
        List<String> counts = new ArrayList<>();
        segments.forEach(s -> counts.add(s.path("segment").path("id").asText() + " "
                + s.path("nationalEnterpriseCount").asInt()));
        return String.join(", ", counts);
    }

    @Test
    void lastYearCountsThatYearsEdgesAndFirms() {
        JsonNode report = report(2025);

        assertThat(report.path("localEnterpriseCount").asInt()).isEqualTo(4);
        assertThat(report.path("supplyEdgeCount").asInt()).isEqualTo(1);
        assertThat(report.path("localSupplyRate").asDouble()).isEqualTo(0.0);
        assertThat(report.path("localSupplyBasis").asText()).isEqualTo("VALUE");
        assertThat(segments(report)).containsEntry("g-car", "3 170.5 linkage 0.0");
        assertThat(report.path("externalDependencies").path(0).path("outsideValue").asDouble()).isEqualTo(999.0);
    }

    private static JsonNode report(int year) {
        return CLIENT.query(REPORT, Map.of("year", year)).dataWithoutErrors().path("chainGapReport");
    }

    /** Per segment "local count, local revenue", and for a leaf its linkage score. */
    private static Map<String, String> segments(JsonNode report) {
        Map<String, String> segments = new LinkedHashMap<>();
        for (JsonNode s : report.path("segments")) {
            String id = s.path("segment").path("id").asText();
            String figures = s.path("localEnterpriseCount").asInt() + " " + s.path("localRevenue").asDouble();
            if (id.equals("g-up") || id.equals("g-down")) {
                segments.put(id, figures);
            } else {
                segments.put(id, figures + " linkage " + s.path("linkage").asDouble());
            }
        }
        return segments;
    }

    private static Map<String, Object> region(String code, String name, String level, String parentCode) {
        Map<String, Object> region = new HashMap<>(Map.of("code", code, "name", name, "level", level));
        region.put("parentCode", parentCode);
        return region;
    }

    private static Map<String, Object> segment(String id, String chainId, String parentId, String name, String position,
                                               int level, boolean keyLink) {
        Map<String, Object> segment = new HashMap<>(Map.of("id", id, "chainId", chainId, "name", name,
                "position", position, "level", level, "keyLink", keyLink));
        segment.put("parentId", parentId);
        return segment;
    }

    private static Map<String, Object> enterprise(String name, String regionCode, String segmentId, double revenue,
                                                  String closedOn) {
        String first17 = "91" + regionCode + "MA" + String.format("%07d", USCC.size() + 1);
        String uscc = first17 + Uscc.checkCharacter(first17);
        USCC.put(name, uscc);
        Map<String, Object> enterprise = new HashMap<>(Map.of("uscc", uscc, "name", name, "ownership", "PRIVATE",
                "revenue", revenue, "foundedOn", "2010-01-01", "regionCode", regionCode,
                "segmentIds", List.of(segmentId)));
        enterprise.put("closedOn", closedOn);
        return enterprise;
    }

    private static Map<String, Object> supply(String supplier, String customer, String productId, Double value,
                                              int year) {
        Map<String, Object> supply = new HashMap<>(Map.of("supplier", USCC.get(supplier),
                "customer", USCC.get(customer), "product", "货物", "year", year));
        supply.put("productId", productId);
        supply.put("value", value);
        return supply;
    }
}
