package cn.liantu.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
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
            assertThat(response.cypherQueries()).as("statements for %d rows", rows).isBetween(10, NESTED_BOUND);
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
}
