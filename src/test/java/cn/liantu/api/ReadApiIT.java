package cn.liantu.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The read API over HTTP on the demo data. Expected values were counted from the JSONL files of
 * src/main/resources/demo with a separate script, not with LianTu.
 */
class ReadApiIT {

    private final GraphQLClient client = TestServer.client();

    @Test
    void aCityHasItsRealCountiesAndItsProvince() {
        JsonNode city = client.query("""
                { region(code: "410300") { code name level parent { code name parent { code level } }
                    children { code } } }""").dataWithoutErrors().path("region");

        assertThat(city.path("name").asText()).isEqualTo("洛阳市");
        assertThat(city.path("level").asText()).isEqualTo("CITY");
        assertThat(city.path("parent").toString())
                .isEqualTo("{\"code\":\"410000\",\"name\":\"河南省\",\"parent\":{\"code\":\"CN\",\"level\":\"COUNTRY\"}}");
        assertThat(codes(city.path("children"), "code")).containsExactly("410302", "410303", "410304", "410305",
                "410307", "410308", "410311", "410323", "410324", "410325", "410326", "410327", "410328", "410329");
    }

    @Test
    void unknownKeysGiveNull() {
        JsonNode data = client.query("""
                { region(code: "999999") { name } enterprise(uscc: "91410300000000000X") { name }
                  chain(id: "no-such-chain") { name } segment(id: "x") { name } park(id: "x") { name }
                  project(id: "x") { name } rdInstitution(id: "x") { name } }""").dataWithoutErrors();

        data.fields().forEachRemaining(field -> assertThat(field.getValue().isNull()).as(field.getKey()).isTrue());
    }

    @Test
    void regionsFilterByLevel() {
        JsonNode regions = client.query("{ regions(filter: { level: PROVINCE }, first: 3) { totalCount edges { node { code } } } }")
                .dataWithoutErrors().path("regions");

        assertThat(regions.path("totalCount").asInt()).isEqualTo(9);
        assertThat(codes(regions.path("edges"), "node", "code")).containsExactly("110000", "310000", "320000");
    }

    @Test
    void aCityIncludesItsCountiesAndClosedFirmsAreLeftOut() {
        JsonNode data = client.query("""
                { city: enterprises(filter: { regionCode: "410300" }) { totalCount }
                  county: enterprises(filter: { regionCode: "410305" }) { totalCount }
                  everywhere: enterprises { totalCount }
                  withClosed: enterprises(filter: { operating: null }) { totalCount } }""").dataWithoutErrors();

        assertThat(data.path("city").path("totalCount").asInt()).isEqualTo(225);
        assertThat(data.path("county").path("totalCount").asInt()).isEqualTo(85);
        assertThat(data.path("everywhere").path("totalCount").asInt()).isEqualTo(458);
        assertThat(data.path("withClosed").path("totalCount").asInt()).isEqualTo(462);
    }

    @Test
    void enterprisesFilterByTagsAndSortByRevenue() {
        JsonNode page = client.query("""
                { enterprises(first: 3, filter: { regionCode: "410300", tags: [SPECIALIZED, LITTLE_GIANT] },
                              orderBy: [{ field: REVENUE, direction: DESC }]) {
                    totalCount edges { node { name revenue } } } }""").dataWithoutErrors().path("enterprises");

        assertThat(page.path("totalCount").asInt()).isEqualTo(25);
        assertThat(codes(page.path("edges"), "node", "name"))
                .containsExactly("洛阳新强联回转支承股份有限公司", "洛阳高科钼钨材料有限公司", "洛阳轴研科技有限公司");
    }

    @Test
    void theDefaultOrderIsBiggestFirst() {
        JsonNode page = client.query("{ enterprises(first: 2, filter: { regionCode: \"410300\" }) { edges { node { uscc } } } }")
                .dataWithoutErrors().path("enterprises");

        assertThat(codes(page.path("edges"), "node", "uscc")).containsExactly("91410324L4YK2F9FQR", "91410323AH6GWG5JD3");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        String query = """
                query Page($after: String) { enterprises(first: 10, after: $after, filter: { regionCode: "410305" },
                    orderBy: [{ field: NAME }]) { pageInfo { hasNextPage hasPreviousPage endCursor } edges { node { uscc } } } }""";
        JsonNode all = client.query("{ enterprises(first: 20, filter: { regionCode: \"410305\" }, orderBy: [{ field: NAME }])"
                + " { edges { node { uscc } } } }").dataWithoutErrors().path("enterprises");
        JsonNode first = client.query(query, new java.util.HashMap<>()).dataWithoutErrors().path("enterprises");
        JsonNode second = client.query(query, Map.of("after", first.path("pageInfo").path("endCursor").asText()))
                .dataWithoutErrors().path("enterprises");

        List<String> both = new ArrayList<>(codes(first.path("edges"), "node", "uscc"));
        both.addAll(codes(second.path("edges"), "node", "uscc"));
        assertThat(both).isEqualTo(codes(all.path("edges"), "node", "uscc"));
        assertThat(first.path("pageInfo").path("hasPreviousPage").asBoolean()).isFalse();
        assertThat(second.path("pageInfo").path("hasPreviousPage").asBoolean()).isTrue();
        assertThat(second.path("pageInfo").path("hasNextPage").asBoolean()).isTrue();
    }

    @Test
    void aChainHasItsTreeAndFlatSegments() {
        JsonNode chain = client.query("""
                { chain(id: "nev") { name category segments { id } rootSegments { id position level children { level parent { id } } } } }""")
                .dataWithoutErrors().path("chain");

        assertThat(chain.path("name").asText()).isEqualTo("新能源汽车");
        assertThat(chain.path("segments").size()).isEqualTo(19);
        assertThat(codes(chain.path("rootSegments"), "id")).containsExactly("nev-up", "nev-mid", "nev-down");
        assertThat(codes(chain.path("rootSegments"), "position")).containsExactly("UPSTREAM", "MIDSTREAM", "DOWNSTREAM");
        for (JsonNode root : chain.path("rootSegments")) {
            for (JsonNode child : root.path("children")) {
                assertThat(child.path("level").asInt()).isEqualTo(2);
                assertThat(child.path("parent").path("id").asText()).isEqualTo(root.path("id").asText());
            }
        }
    }

    @Test
    void aSegmentsEnterprisesFilterByRegion() {
        JsonNode segment = client.query("""
                { segment(id: "nev-battery") { name keyLink chain { id }
                    local: enterprises(filter: { regionCode: "410300" }) { totalCount }
                    national: enterprises(filter: { regionCode: "CN" }) { totalCount } } }""")
                .dataWithoutErrors().path("segment");

        assertThat(segment.path("name").asText()).isEqualTo("动力电池");
        assertThat(segment.path("keyLink").asBoolean()).isTrue();
        assertThat(segment.path("local").path("totalCount").asInt()).isEqualTo(6);
        assertThat(segment.path("national").path("totalCount").asInt()).isEqualTo(12);
    }

    /**
     * A chain tree's count per segment in a city, a county or a park starts from the scope's
     * enterprises; a top-level list filtered by the segment starts from the segment. Both agree.
     */
    @Test
    void aChainTreesCountsPerSegmentAgreeWithTheListOfEachSegment() {
        for (String scope : List.of("regionCode: \"410300\"", "regionCode: \"410305\"", "parkId: \"ly-hitech\"")) {
            JsonNode segments = client.query("{ chain(id: \"nev\") { segments { id enterprises(filter: { " + scope
                    + " }) { totalCount } } } }").dataWithoutErrors().path("chain").path("segments");
            int inScope = 0;
            for (JsonNode segment : segments) {
                int total = segment.path("enterprises").path("totalCount").asInt();
                int listed = client.query("{ enterprises(filter: { " + scope + ", segmentId: \""
                        + segment.path("id").asText() + "\" }) { totalCount } }").dataWithoutErrors()
                        .path("enterprises").path("totalCount").asInt();
                assertThat(total).as("%s in %s", segment.path("id").asText(), scope).isEqualTo(listed);
                inScope += total;
            }
            assertThat(inScope).as(scope).isPositive();
        }
        JsonNode battery = client.query("{ segment(id: \"nev-battery\") { enterprises(filter: { regionCode: \"410300\" })"
                + " { totalCount } } }").dataWithoutErrors();
        assertThat(battery.path("segment").path("enterprises").path("totalCount").asInt()).isEqualTo(6);
    }

    @Test
    void parksListTheirEnterprises() {
        JsonNode data = client.query("""
                { parks(filter: { regionCode: "410300" }) { totalCount }
                  park(id: "ly-hitech") { name level type region { code } leadingChains { id }
                    enterprises(first: 1) { totalCount } } }""").dataWithoutErrors();

        assertThat(data.path("parks").path("totalCount").asInt()).isEqualTo(5);
        JsonNode park = data.path("park");
        assertThat(park.path("name").asText()).isEqualTo("洛阳高新技术产业开发区");
        assertThat(park.path("level").asText()).isEqualTo("NATIONAL");
        assertThat(park.path("region").path("code").asText()).isEqualTo("410305");
        assertThat(park.path("enterprises").path("totalCount").asInt()).isEqualTo(76);
    }

    @Test
    void projectsFilterByStageAndSigningDate() {
        JsonNode data = client.query("""
                { signed: projects(filter: { stages: [SIGNED] }) { totalCount }
                  signedIn2025: projects(filter: { signedFrom: "2025-01-01", signedTo: "2025-12-31" }) { totalCount }
                  inCity: projects(filter: { regionCode: "410300" }, first: 1) { totalCount
                    edges { node { investor { name } park { name } region { code } chain { id } segments { role } } } } }""")
                .dataWithoutErrors();

        assertThat(data.path("signed").path("totalCount").asInt()).isEqualTo(11);
        assertThat(data.path("signedIn2025").path("totalCount").asInt()).isEqualTo(20);
        assertThat(data.path("inCity").path("totalCount").asInt()).isEqualTo(50);
    }

    @Test
    void searchFindsChineseNamesByWords() {
        JsonNode hits = client.query("{ search(text: \"轴承\", first: 5) { kind name score } }")
                .dataWithoutErrors().path("search");

        assertThat(hits.size()).isEqualTo(5);
        for (JsonNode hit : hits) {
            assertThat(hit.path("name").asText()).contains("轴承");
        }
        assertThat(client.query("{ search(text: \"   \") { name } }").firstErrorCode()).isEqualTo("BAD_USER_INPUT");
    }

    private static List<String> codes(JsonNode array, String... path) {
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            JsonNode node = item;
            for (String step : path) {
                node = node.path(step);
            }
            values.add(node.asText());
        }
        return values;
    }
}
