package cn.liantu.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphImporter;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.RecordType;
import cn.liantu.importer.generator.GenerationListener;
import cn.liantu.importer.generator.GeneratorOptions;
import cn.liantu.importer.generator.SyntheticWorld;
import cn.liantu.persistence.GapReportRepository;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.support.TestServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * On a generated world, finding a region's enterprises from the codes their edges carry gives the
 * same rows as walking every enterprise of the region from the node index: the chain-gap report's
 * facts and the chain tree's counts, for every province, city and county and every chain.
 */
class ScopeFromEdgesEquivalenceIT {

    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 31);

    @Test
    void everyRegionAndChainGetsTheSameRowsEitherWay(@TempDir Path directory) throws IOException {
        SyntheticWorld.generate(new GeneratorOptions(2_000, 11, directory), GenerationListener.NONE);
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "liantu.data-dir", TestServer.freshDirectory("scope-from-edges").toString(),
                "liantu.demo-data", false,
                "liantu.page-cache-memory", "64m"))) {
            context.getBean(GraphImporter.class).importDataset(DatasetSource.directory(directory));
            GraphDatabase database = context.getBean(GraphDatabase.class);
            addPurchasesAcrossChains(context, database);
            GapReportRepository gaps = context.getBean(GapReportRepository.class);
            try (Session session = database.driver().session(database.sessionConfig())) {
                List<Record> regions = session.run("""
                        MATCH (r:Region) WHERE r.level IN ['PROVINCE', 'CITY', 'COUNTY']
                        RETURN r.code AS code, r.level AS level ORDER BY code""").list();
                List<Record> chains = session.run("""
                        MATCH (c:IndustryChain)-[:HAS_SEGMENT]->(s:ChainSegment)
                        RETURN c.id AS id, collect(s.id) AS segmentIds ORDER BY id""").list();
                assertThat(regions).hasSizeGreaterThan(10);
                assertThat(chains).hasSizeGreaterThan(3);
                int regionsWithFirms = 0;
                for (Record region : regions) {
                    RegionLevel level = RegionLevel.valueOf(region.get("level").asString());
                    String code = region.get("code").asString();
                    ScopeCriteria scope = ScopeCriteria.region(code, level, "CN");
                    EnterpriseCriteria inRegion = EnterpriseCriteria.all().withRegion(code, level);
                    boolean anyFirm = false;
                    for (Record chain : chains) {
                        String chainId = chain.get("id").asString();
                        List<Object> segmentIds = chain.get("segmentIds").asList();
                        ChainProducts products = gaps.chainProducts(chainId);
                        String where = code + " " + chainId;

                        List<String> fromEdges = facts(session, GapReportQueries.localChainFacts(
                                scope, chainId, AS_OF, 2026, products, true));
                        List<String> walked = facts(session, GapReportQueries.localChainFacts(
                                scope, chainId, AS_OF, 2026, products, false));
                        assertThat(fromEdges).as(where).isEqualTo(walked);
                        anyFirm |= walked.size() > 1;

                        BuiltQuery countsFromEdges = EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                                inRegion, segmentIds);
                        assertThat(countsFromEdges.query().name()).contains("from_edges");
                        assertThat(counts(session, countsFromEdges)).as(where).isEqualTo(counts(session,
                                EnterpriseQueries.countPerSegmentFromScopeIndex(inRegion, segmentIds)));
                    }
                    regionsWithFirms += anyFirm ? 1 : 0;
                }
                assertThat(regionsWithFirms).as("regions where the comparison had enterprises").isGreaterThan(10);
            }
        }
    }

    /**
     * The generated world's supply edges stay inside a chain, so every buyer also operates in it.
     * These make buyers of a chain's products that operate in other chains. Besides catalogued
     * products placed in segments, their products are none or one placed in no segment: both
     * deliver to their supplier's segments, and are sought by other keys (migrations/V0008).
     */
    private static void addPurchasesAcrossChains(ApplicationContext context, GraphDatabase database) {
        List<String> firms;
        List<String> products;
        try (Session session = database.driver().session(database.sessionConfig())) {
            firms = session.run("MATCH (e:Enterprise) RETURN e.id AS id ORDER BY id").list(r -> r.get("id").asString());
            products = session.run("MATCH (p:Product)-[:IN_SEGMENT]->() RETURN DISTINCT p.id AS id ORDER BY id")
                    .list(r -> r.get("id").asString());
        }
        importRecords(context, "a product placed nowhere", Map.of(RecordType.PRODUCTS,
                List.of(Map.of("id", "loose-part", "name", "散件"))));
        List<Map<String, Object>> supplies = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String supplier = firms.get(i * 7 % firms.size());
            String customer = firms.get((i * 13 + 5) % firms.size());
            if (supplier.equals(customer)) {
                continue;
            }
            Map<String, Object> supply = new HashMap<>(Map.of("supplier", supplier, "customer", customer,
                    "product", "跨链货物 " + i, "year", 2026, "value", 10.0 + i));
            supply.put("productId", switch (i % 10) {
                case 0, 5 -> null;
                case 3 -> "loose-part";
                default -> products.get(i % products.size());
            });
            supplies.add(supply);
        }
        importRecords(context, "purchases across chains", Map.of(RecordType.SUPPLIES, supplies));
    }

    private static void importRecords(ApplicationContext context, String name,
                                      Map<RecordType, List<Map<String, Object>>> records) {
        ImportReport report = context.getBean(ImportEngine.class).run(DatasetSource.inMemory(name, records),
                ImportOptions.defaults(), ImportProgress.NONE);
        assertThat(report.problems()).isEmpty();
    }

    /** The institutions' row, then each enterprise's facts with its purchases in a fixed order, sorted. */
    /**
     * The statement's lists of segment ids come in the order the plan found them, which differs
     * between the two shapes; the report reads them as sets, so they are compared sorted.
     */
    private static List<String> facts(Session session, BuiltQuery query) {
        Record row = session.run(query.query().text(), query.parameters()).single();
        List<String> facts = new ArrayList<>();
        for (Object enterprise : row.get("enterprises").asList(value -> {
            Map<String, Object> map = new TreeMap<>(value.asMap());
            map.put("segmentIds", new TreeSet<>((List<?>) map.get("segmentIds")));
            map.put("linkedSegmentIds", new TreeSet<>((List<?>) map.get("linkedSegmentIds")));
            List<String> purchases = new ArrayList<>();
            ((List<?>) map.get("purchases")).forEach(purchase -> {
                Map<Object, Object> sorted = new TreeMap<>((Map<?, ?>) purchase);
                sorted.put("segmentIds", new TreeSet<>((List<?>) sorted.get("segmentIds")));
                purchases.add(sorted.toString());
            });
            purchases.sort(null);
            map.put("purchases", purchases);
            return map.toString();
        })) {
            facts.add((String) enterprise);
        }
        facts.sort(null);
        facts.addFirst(new TreeSet<>(row.get("rdInstitutions").asList(v -> v.asMap().toString())).toString());
        return facts;
    }

    private static Map<String, Long> counts(Session session, BuiltQuery query) {
        Map<String, Long> counts = new TreeMap<>();
        session.run(query.query().text(), query.parameters()).list()
                .forEach(r -> counts.put(r.get("key").asString(), r.get("total").asLong()));
        return counts;
    }
}
