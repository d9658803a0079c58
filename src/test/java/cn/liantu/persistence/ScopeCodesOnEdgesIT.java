package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.RecordType;
import cn.liantu.importer.validation.Uscc;
import cn.liantu.support.TestServer;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/**
 * Migration V0007 copies the chain and the region codes onto OPERATES_IN and SUPPLIES edges that a
 * database written before it holds, and the report's statement finds enterprises by them; V0008
 * keys SUPPLIES edges by their catalogued product; an import that moves a segment to another chain
 * takes its edges' chain along.
 */
class ScopeCodesOnEdgesIT {

    private static final EmbeddedServer SERVER = TestServer.scratch("scope-codes-on-edges");

    @Test
    void edgesWrittenBeforeTheMigrationGetTheirChainAndCodes() {
        GraphDatabase database = SERVER.getApplicationContext().getBean(GraphDatabase.class);
        MigrationRunner.Migration copy = MigrationRunner.available().stream()
                .filter(m -> m.version() == 7).findFirst().orElseThrow();
        try (Session session = database.driver().session(database.sessionConfig())) {
            session.run("""
                    CREATE (s:ChainSegment {id: 'old-s', chainId: 'old-chain'})
                    CREATE (a:Enterprise {id: 'old-a', provinceCode: '410000', cityCode: '410300', countyCode: '410305'})
                    CREATE (b:Enterprise {id: 'old-b', provinceCode: '440000', cityCode: '440300'})
                    CREATE (a)-[:OPERATES_IN]->(s), (b)-[:SUPPLIES {year: 2026}]->(a), (a)-[:SUPPLIES {year: 2026}]->(b)""")
                    .consume();

            copy.statements().forEach(statement -> session.run(statement).consume());

            Map<String, Object> operation = session.run("""
                    MATCH (:Enterprise {id: 'old-a'})-[o:OPERATES_IN]->()
                    RETURN o {.chainId, .provinceCode, .cityCode, .countyCode} AS o""").single().get("o").asMap();
            List<Map<String, Object>> supplies = session.run("""
                    MATCH (:Enterprise {id: $id})-[t:SUPPLIES]->(c)
                    RETURN t {.customerProvinceCode, .customerCityCode, .customerCountyCode} AS t""",
                    Map.of("id", "old-b")).list(r -> r.get("t").asMap());
            List<String> foundByIndex = session.run("""
                    MATCH (e)-[o:OPERATES_IN]->() WHERE o.chainId = 'old-chain' AND o.countyCode = '410305'
                    RETURN e.id AS id""").list(r -> r.get("id").asString());

            assertThat(operation).isEqualTo(Map.of("chainId", "old-chain", "provinceCode", "410000",
                    "cityCode", "410300", "countyCode", "410305"));
            assertThat(supplies).containsExactly(Map.of("customerProvinceCode", "410000",
                    "customerCityCode", "410300", "customerCountyCode", "410305"));
            assertThat(foundByIndex).containsExactly("old-a");
        }
    }

    @Test
    void purchasesWrittenBeforeTheMigrationAreKeyedByTheirCataloguedProduct() {
        GraphDatabase database = SERVER.getApplicationContext().getBean(GraphDatabase.class);
        MigrationRunner.Migration keys = MigrationRunner.available().stream()
                .filter(m -> m.version() == 8).findFirst().orElseThrow();
        try (Session session = database.driver().session(database.sessionConfig())) {
            session.run("""
                    CREATE (:Product {id: 'key-known'})
                    CREATE (a:Enterprise {id: 'key-a'}), (b:Enterprise {id: 'key-b'})
                    CREATE (a)-[:SUPPLIES {year: 2026, productKey: 'key-known', productId: 'key-known'}]->(b),
                           (a)-[:SUPPLIES {year: 2026, productKey: 'key-unknown', productId: 'key-unknown'}]->(b),
                           (a)-[:SUPPLIES {year: 2026, productKey: '零件'}]->(b)""").consume();

            keys.statements().forEach(statement -> session.run(statement).consume());

            List<List<Object>> keyed = session.run("""
                    MATCH (:Enterprise {id: 'key-a'})-[t:SUPPLIES]->()
                    RETURN t.productKey AS productKey, t.catalogProductId AS key ORDER BY productKey""")
                    .list(r -> List.of(r.get("productKey").asObject(), r.get("key").asObject()));
            assertThat(keyed).containsExactly(List.of("key-known", "key-known"), List.of("key-unknown", ""),
                    List.of("零件", ""));
        }
    }

    @Test
    void aSegmentMovedToAnotherChainTakesItsEdgesAlong() {
        String first17 = "91410305MA0000001";
        String uscc = first17 + Uscc.checkCharacter(first17);
        importRecords(Map.of(
                RecordType.REGIONS, List.of(Map.of("code", "CN", "name", "中国", "level", "COUNTRY"),
                        Map.of("code", "410000", "name", "河南省", "level", "PROVINCE", "parentCode", "CN"),
                        Map.of("code", "410300", "name", "洛阳市", "level", "CITY", "parentCode", "410000"),
                        Map.of("code", "410305", "name", "涧西区", "level", "COUNTY", "parentCode", "410300")),
                RecordType.CHAINS, List.of(Map.of("id", "move-a", "name", "甲链", "category", "LEADING"),
                        Map.of("id", "move-b", "name", "乙链", "category", "LEADING")),
                RecordType.SEGMENTS, List.of(segment("move-a")),
                RecordType.ENTERPRISES, List.of(Map.of("uscc", uscc, "name", "甲企业", "regionCode", "410305",
                        "segmentIds", List.of("move-s")))));
        assertThat(chainOfTheEdge()).isEqualTo("move-a");

        importRecords(Map.of(RecordType.SEGMENTS, List.of(segment("move-b"))));

        assertThat(chainOfTheEdge()).isEqualTo("move-b");
    }

    private static Map<String, Object> segment(String chainId) {
        return Map.of("id", "move-s", "chainId", chainId, "name", "环节", "position", "UPSTREAM", "level", 1);
    }

    private static void importRecords(Map<RecordType, List<Map<String, Object>>> byType) {
        Map<RecordType, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (RecordType type : RecordType.values()) {
            if (byType.containsKey(type)) {
                records.put(type, byType.get(type));
            }
        }
        assertThat(SERVER.getApplicationContext().getBean(ImportEngine.class).run(
                DatasetSource.inMemory("moved segment", records), ImportOptions.defaults(), ImportProgress.NONE)
                .problems()).isEmpty();
    }

    private static String chainOfTheEdge() {
        GraphDatabase database = SERVER.getApplicationContext().getBean(GraphDatabase.class);
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.run("MATCH (:Enterprise)-[o:OPERATES_IN]->(:ChainSegment {id: 'move-s'}) RETURN o.chainId AS c")
                    .single().get("c").asString();
        }
    }
}
