package cn.liantu.importer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphImporter;
import cn.liantu.importer.RecordType;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.support.TestServer;
import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Session;

/**
 * A generated world of 1,000 enterprises goes through the importer into a database of its own
 * (not the shared test server's, which holds the demo data), and every row becomes exactly one
 * node or relationship.
 */
class GeneratedWorldImportIT {

    @Test
    void everyGeneratedRowBecomesOneNodeOrRelationship(@TempDir Path directory) throws Exception {
        GenerationSummary summary = SyntheticWorld.generate(new GeneratorOptions(1_000, 5, directory),
                GenerationListener.NONE);
        GeneratedDataset dataset = new GeneratedDataset(directory);

        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "liantu.data-dir", TestServer.freshDirectory("generated-world").toString(),
                "liantu.demo-data", false,
                "liantu.page-cache-memory", "64m"))) {
            Map<RecordType, Integer> imported = context.getBean(GraphImporter.class)
                    .importDataset(DatasetSource.directory(directory));
            for (RecordType type : SyntheticWorld.RECORD_TYPES) {
                assertThat(imported.get(type).longValue()).as(type.fileName()).isEqualTo(summary.rows(type.fileName()));
            }

            Map<String, Long> expected = new LinkedHashMap<>();
            expected.put("MATCH (n:Region) RETURN count(n)", summary.rows("regions.jsonl"));
            expected.put("MATCH (n:IndustryChain) RETURN count(n)", summary.rows("chains.jsonl"));
            expected.put("MATCH (n:ChainSegment) RETURN count(n)", summary.rows("segments.jsonl"));
            expected.put("MATCH ()-[r:SUPPLIES_TO]->() RETURN count(r)", summary.rows("segment_flows.jsonl"));
            expected.put("MATCH (n:Product) RETURN count(n)", summary.rows("products.jsonl"));
            expected.put("MATCH (n:Technology) RETURN count(n)", summary.rows("technologies.jsonl"));
            expected.put("MATCH (n:Park) RETURN count(n)", summary.rows("parks.jsonl"));
            expected.put("MATCH (n:Enterprise) RETURN count(n)", summary.rows("enterprises.jsonl"));
            expected.put("MATCH ()-[r:SUPPLIES]->() RETURN count(r)", summary.rows("supplies.jsonl"));
            expected.put("MATCH ()-[r:LEADS_CHAIN]->() RETURN count(r)", summary.rows("chain_leaders.jsonl"));
            expected.put("MATCH (n:RdInstitution) RETURN count(n)", summary.rows("rd_institutions.jsonl"));
            expected.put("MATCH (n:Project) RETURN count(n)", summary.rows("projects.jsonl"));

            List<JsonNode> firms = dataset.rows(RecordType.ENTERPRISES);
            List<JsonNode> projects = dataset.rows(RecordType.PROJECTS);
            expected.put("MATCH (:Enterprise)-[r:LOCATED_IN]->(:Region) RETURN count(r)", (long) firms.size());
            expected.put("MATCH (:Enterprise)-[r:IN_PARK]->(:Park) RETURN count(r)",
                    firms.stream().filter(firm -> firm.has("parkId")).count());
            expected.put("MATCH (:Enterprise)-[r:OPERATES_IN]->(:ChainSegment) RETURN count(r)",
                    sum(firms, firm -> firm.path("segmentIds").size()));
            expected.put("MATCH (:Enterprise)-[r:MAKES]->(:Product) RETURN count(r)",
                    sum(firms, firm -> firm.path("productIds").size()));
            expected.put("MATCH (:Project)-[r:INVESTED_BY]->(:Enterprise) RETURN count(r)", (long) projects.size());
            expected.put("MATCH (:Project)-[r:SERVES]->(:ChainSegment) RETURN count(r)",
                    sum(projects, project -> project.path("segments").size()));
            expected.put("MATCH (:RdInstitution)-[r:SUPPORTS]->(:ChainSegment) RETURN count(r)",
                    sum(dataset.rows(RecordType.RD_INSTITUTIONS),
                            institution -> institution.path("segmentIds").size()));
            expected.put("MATCH (s:ChainSegment) WHERE s.leaf RETURN count(s)",
                    dataset.rows(RecordType.SEGMENTS).stream().filter(segment -> segment.has("weight")).count());

            GraphDatabase database = context.getBean(GraphDatabase.class);
            try (Session session = database.driver().session(database.sessionConfig())) {
                for (Map.Entry<String, Long> count : expected.entrySet()) {
                    long actual = session.run(count.getKey()).single().get(0).asLong();
                    assertThat(actual).as(count.getKey()).isEqualTo(count.getValue());
                }
            }
        }
    }

    private static long sum(List<JsonNode> rows, ToLongFunction<JsonNode> count) {
        return rows.stream().mapToLong(count).sum();
    }
}
