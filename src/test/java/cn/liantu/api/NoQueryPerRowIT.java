package cn.liantu.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A nested request costs at most one Cypher statement per nested field (plus the list and its
 * count), whether it returns 5 rows or 100: every nested field is loaded for all parents at once.
 * (Fewer when the request's loader cache already holds what a level needs.)
 */
class NoQueryPerRowIT {

    private static final String NESTED = """
            { enterprises(first: %d, filter: { operating: null }) { totalCount edges { node {
                name region { name parent { name } } park { name region { name } leadingChains { name } }
                segments { name chain { name } parent { name } }
                products { name } rankings { list } chainLeaderships { chain { name } }
                suppliers(first: 3) { value enterprise { name region { name } } }
                customers(first: 3) { enterprise { name } }
                projects { name stage } } } } }""";

    /** The nested fields of NESTED that need a statement of their own, plus the list and its count. */
    private static final int NESTED_BOUND = 17 + 2;

    @Test
    void nestedFieldsCostAtMostOneStatementEachWhateverTheNumberOfRows() {
        GraphQLClient client = TestServer.client();

        for (int rows : new int[] {5, 50, 100}) {
            GraphQLClient.Response response = client.query(NESTED.formatted(rows));
            assertThat(response.dataWithoutErrors().path("enterprises").path("edges").size()).isEqualTo(rows);
            assertThat(response.cypherQueries()).as("statements for %d rows", rows).isBetween(8, NESTED_BOUND);
        }
    }

    @Test
    void nestedConnectionsUnderManyParentsAreBatchedToo() {
        String query = """
                { regions(first: %d, filter: { parentCode: "410300" }) { edges { node { name
                    enterprises(first: 3) { totalCount edges { node { name segments { name } } } }
                    parks { name enterprises(first: 2) { totalCount } projects(first: 2) { totalCount edges { node { name } } } } } } } }""";
        GraphQLClient client = TestServer.client();

        GraphQLClient.Response all = client.query(query.formatted(14));

        assertThat(all.dataWithoutErrors().path("regions").path("edges").size()).isEqualTo(14);
        // regions + count, enterprises + counts, segments, parks, park enterprises counts (no
        // page: only totalCount is asked), projects + counts: 8 statements for 14 counties and all
        // their parks
        assertThat(all.cypherQueries()).isEqualTo(8);
    }

    @Test
    void anEnterpriseListBringsItsParksAndSegmentsAndTotalInOneStatement() {
        GraphQLClient client = TestServer.client();
        String filter = "first: 60, filter: { operating: null }, orderBy: [{ field: NAME }]";

        GraphQLClient.Response list = client.query("{ enterprises(" + filter + ") { totalCount edges { node {"
                + " uscc park { id name } segments { id name } } } } }");
        JsonNode edges = list.dataWithoutErrors().path("enterprises").path("edges");

        assertThat(list.cypherQueries()).isEqualTo(1);
        assertThat(list.data().path("enterprises").path("totalCount").asInt()).isEqualTo(
                client.query("{ enterprises(filter: { operating: null }) { totalCount } }").dataWithoutErrors()
                        .path("enterprises").path("totalCount").asInt());
        // The page with its total keeps the order of the page alone.
        List<String> pageAlone = new ArrayList<>();
        client.query("{ enterprises(" + filter + ") { edges { node { uscc } } } }").dataWithoutErrors()
                .path("enterprises").path("edges").forEach(edge -> pageAlone.add(edge.path("node").path("uscc").asText()));
        List<String> withTotal = new ArrayList<>();
        edges.forEach(edge -> withTotal.add(edge.path("node").path("uscc").asText()));
        assertThat(withTotal).hasSize(60).isEqualTo(pageAlone);
        // What the list brings along is what the loaders give for one enterprise at a time.
        int withPark = 0;
        for (JsonNode edge : edges) {
            JsonNode node = edge.path("node");
            JsonNode alone = client.query("{ enterprise(uscc: \"" + node.path("uscc").asText()
                    + "\") { park { id name } segments { id name } } }").dataWithoutErrors().path("enterprise");
            assertThat(node.path("park")).isEqualTo(alone.path("park"));
            assertThat(node.path("segments")).isEqualTo(alone.path("segments"));
            withPark += node.path("park").isNull() ? 0 : 1;
        }
        assertThat(withPark).isPositive().isLessThan(60);
    }

    @Test
    void fieldsSelectedThroughFragmentsAreBroughtAlongToo() {
        GraphQLClient client = TestServer.client();
        String plain = "{ enterprises(first: 10, orderBy: [{ field: NAME }]) { totalCount edges { node {"
                + " uscc park { id } segments { id } } } } }";
        String fragments = "{ enterprises(first: 10, orderBy: [{ field: NAME }]) { ...Page } }"
                + " fragment Page on EnterpriseConnection { totalCount edges { node { uscc ... on Enterprise {"
                + " ...Placement } } } } fragment Placement on Enterprise { park { id } segments { id } }";

        GraphQLClient.Response viaFragments = client.query(fragments);

        assertThat(viaFragments.cypherQueries()).isEqualTo(1);
        assertThat(viaFragments.dataWithoutErrors()).isEqualTo(client.query(plain).dataWithoutErrors());
        // Without the park and segments, the page and its total only.
        GraphQLClient.Response bare = client.query("{ enterprises(first: 10) { ...on EnterpriseConnection {"
                + " totalCount } edges { node { uscc } } } }");
        assertThat(bare.cypherQueries()).isEqualTo(1);
        assertThat(bare.dataWithoutErrors().path("enterprises").path("totalCount").asInt()).isPositive();
    }

    @Test
    void regionsAreAnsweredFromTheDirectoryWithoutAStatement() {
        GraphQLClient client = TestServer.client();
        String list = "{ enterprises(first: 10, orderBy: [{ field: NAME }]) { edges { node { uscc %s } } } }";

        GraphQLClient.Response withRegions = client.query(list.formatted("region { code name level parent { name } }"));
        GraphQLClient.Response without = client.query(list.formatted(""));

        assertThat(withRegions.cypherQueries()).isEqualTo(without.cypherQueries());
        JsonNode first = withRegions.dataWithoutErrors().path("enterprises").path("edges").path(0).path("node");
        JsonNode alone = client.query("{ region(code: \"" + first.path("region").path("code").asText()
                + "\") { code name level parent { name } } }").dataWithoutErrors().path("region");
        assertThat(first.path("region")).isEqualTo(alone);
        assertThat(alone.path("name").asText()).isNotBlank();
    }

    @Test
    void theSegmentsOfInvestmentTargetsCostNoStatement() {
        GraphQLClient client = TestServer.client();
        String targets = "{ investmentTargets(chainId: \"nev\", scope: { regionCode: \"410300\" }, first: 10) {"
                + " enterprise { uscc } score %s } }";

        client.query(targets.formatted("")).dataWithoutErrors(); // fills the reused figures for both below
        GraphQLClient.Response withSegments = client.query(targets.formatted("segment { id name position level keyLink }"));
        GraphQLClient.Response without = client.query(targets.formatted(""));

        assertThat(withSegments.cypherQueries()).isEqualTo(without.cypherQueries());
        JsonNode first = withSegments.dataWithoutErrors().path("investmentTargets").path(0).path("segment");
        JsonNode alone = client.query("{ segment(id: \"" + first.path("id").asText() + "\") { id name position level keyLink } }")
                .dataWithoutErrors().path("segment");
        assertThat(first).isEqualTo(alone);
        assertThat(alone.path("id").asText()).startsWith("nev");
    }
}
