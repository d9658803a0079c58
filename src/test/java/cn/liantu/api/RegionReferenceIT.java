package cn.liantu.api;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.RecordType;
import cn.liantu.observability.Bookmarks;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.support.GraphQLClient;
import cn.liantu.support.TestServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Region fields come from the regions kept in memory, without a statement; a request that sends a
 * bookmark reads them from the database, so it sees a write made elsewhere (another instance, or a
 * process writing to the same Neo4j) that this server's memory does not hold yet.
 */
class RegionReferenceIT {

    private static final EmbeddedServer SERVER = TestServer.scratch("region-reference");

    @Test
    void regionFieldsComeFromMemoryUnlessTheRequestWaitsForABookmark() {
        Map<RecordType, List<Map<String, Object>>> records = new LinkedHashMap<>();
        records.put(RecordType.REGIONS, List.of(
                Map.of("code", "CN", "name", "中国", "level", "COUNTRY"),
                Map.of("code", "410000", "name", "河南省", "level", "PROVINCE", "parentCode", "CN")));
        SERVER.getApplicationContext().getBean(ImportEngine.class).run(
                DatasetSource.inMemory("two regions", records), ImportOptions.defaults(), ImportProgress.NONE);
        GraphQLClient client = new GraphQLClient(SERVER.getURI());
        String query = "{ region(code: \"410000\") { name parent { name } } }";

        GraphQLClient.Response first = client.query(query);
        assertThat(first.dataWithoutErrors().path("region").path("name").asText()).isEqualTo("河南省");
        assertThat(first.dataWithoutErrors().path("region").path("parent").path("name").asText()).isEqualTo("中国");
        assertThat(client.query(query).cypherQueries()).isZero();

        // Another writer renames the province behind this server's back.
        GraphDatabase database = SERVER.getApplicationContext().getBean(GraphDatabase.class);
        String bookmark;
        try (Session session = database.driver().session(database.sessionConfig())) {
            session.executeWriteWithoutResult(tx -> tx.run("MATCH (r:Region {code: '410000'}) SET r.name = '豫'"));
            bookmark = Bookmarks.encode(session.lastBookmarks());
        }

        assertThat(client.query(query).dataWithoutErrors().path("region").path("name").asText())
                .as("reused from memory for a while").isEqualTo("河南省");
        GraphQLClient.Response waiting = client.withHeader(Bookmarks.HEADER, bookmark).query(query);
        assertThat(waiting.dataWithoutErrors().path("region").path("name").asText()).isEqualTo("豫");
        assertThat(waiting.cypherQueries()).isPositive();
    }
}
