package cn.liantu.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.liantu.importer.adapters.IssueKind;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.support.TestServer;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;

/**
 * Imports the real public datasets of ../shared/data into a fresh database of its own (no demo
 * data): regions, GB/T 4754, chain-kg, dev-zones, then a small chain definition whose segment
 * coverage names chain-kg products and industries. The expected counts were computed from the
 * raw files with the Python one-liners quoted (run in /work/shared/data), not by this code.
 * Skipped when the data folder is absent.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PublicDatasetImportIT {

    private static final Path DATA = Path.of("..", "shared", "data");
    private static final List<String> DATASETS = List.of("regions", "industry-classification", "chain-kg", "dev-zones");

    /** Parks of the catalogue, not the one of the test's chain definition. */
    private static final String FROM_CATALOGUE = "p.id <> 'test-park'";

    private ApplicationContext context;
    private Path databaseDirectory;
    private final Map<String, FolderImportReport> reports = new LinkedHashMap<>();

    @BeforeAll
    void importEverything() throws IOException {
        assumeTrue(DATASETS.stream().allMatch(name -> Files.isDirectory(DATA.resolve(name))),
                "the public datasets are not at " + DATA.toAbsolutePath());
        databaseDirectory = TestServer.freshDirectory("public-data");
        context = ApplicationContext.run(Map.of(
                "liantu.data-dir", databaseDirectory.toString(),
                "liantu.demo-data", false,
                "liantu.page-cache-memory", "256m"));
        DatasetImport importer = context.getBean(DatasetImport.class);
        for (String name : DATASETS) {
            reports.put(name, importer.importFolder(DATA.resolve(name)));
        }
        reports.put("chain-definition", importer.importFolder(writeChainDefinition()));
    }

    /** The database holds about 100 MB: it goes with the test. */
    @AfterAll
    void stop() {
        if (context != null) {
            context.close();
            TestServer.delete(databaseDirectory);
        }
    }

    @Test
    @Order(1)
    void regionsFormOneTreeUnderChina() {
        // python3 -c "import csv; print(sum(1 for _ in csv.DictReader(open('regions/provinces.csv'))))"       → 31
        // cities: 342 rows, 5 municipal placeholders (4 × 市辖区, 1 × 县) replaced by 4 municipality cities:
        // python3 -c "import csv; print(sum(r['name'] not in ('市辖区','县') for r in csv.DictReader(open('regions/cities.csv'))) + 4)" → 341
        // counties: 2,978 rows, 3 of them carrying their city's own code (东莞, 中山, 儋州):
        // python3 -c "import csv; print(sum(r['code'] != r['cityCode'] + '00' for r in csv.DictReader(open('regions/areas.csv'))))" → 2975
        assertThat(countsBy("MATCH (r:Region) RETURN r.level AS key, count(*) AS n")).containsOnly(
                entry("COUNTRY", 1L), entry("PROVINCE", 31L), entry("CITY", 341L), entry("COUNTY", 2975L));
        assertThat(count("MATCH (:Region)-[:PART_OF]->(:Region) RETURN count(*) AS n")).isEqualTo(3347);
        assertThat(single("MATCH (r:Region {code: '110105'}) RETURN r.cityCode + ' ' + r.provinceCode AS v"))
                .isEqualTo("110100 110000");
        // 城口县 was listed under the placeholder 县 (5002) of 重庆, now under the municipality's city.
        assertThat(single("MATCH (:Region {code: '500229'})-[:PART_OF]->(c) RETURN c.code + ' ' + c.name AS v"))
                .isEqualTo("500100 重庆市");
        assertThat(reports.get("regions").issueCounts()).containsOnly(
                entry(IssueKind.MUNICIPALITY_PLACEHOLDER, 5), entry(IssueKind.PROVINCE_ADMINISTERED_PLACEHOLDER, 4),
                entry(IssueKind.COUNTY_CODE_IS_CITY_CODE, 3));
    }

    @Test
    @Order(2)
    void industryClassificationKeepsItsTreeAndStrategicTags() {
        // python3 -c "import json,collections as c; t=json.load(open('industry-classification/gb4754-2017-tree.json')); n=[];
        //   w=lambda x:[n.append(x)]+[w(y) for y in x['children']]; [w(s) for s in t['children']];
        //   print(c.Counter(x['level'] for x in n), sum('strategic' in x.get('tags',[]) for x in n),
        //   sum(any(k.get('products') for k in x.get('tagDetail',{}).get('strategic',{}).get('categories',[])) for x in n))"
        //   → {4: 1382, 3: 473, 2: 97, 1: 20} 469 344
        assertThat(countsBy("MATCH (c:IndustryClass) RETURN c.level AS key, count(*) AS n")).containsOnly(
                entry("SECTION", 20L), entry("DIVISION", 97L), entry("GROUP", 473L), entry("CLASS", 1382L));
        assertThat(count("MATCH (:IndustryClass)-[:CHILD_OF]->(:IndustryClass) RETURN count(*) AS n"))
                .isEqualTo(1972 - 20);
        assertThat(count("MATCH (c:IndustryClass) WHERE 'STRATEGIC_EMERGING' IN c.tags RETURN count(*) AS n"))
                .isEqualTo(469);
        assertThat(count("MATCH (c:IndustryClass) WHERE size(c.strategicProducts) > 0 RETURN count(*) AS n"))
                .isEqualTo(344);
        assertThat(single("MATCH (c:IndustryClass {code: '0111'})-[:CHILD_OF]->(p) RETURN p.code + ' ' + c.name AS v"))
                .isEqualTo("011 稻谷种植");
        assertThat(reports.get("industry-classification").issues()).isEmpty();
    }

    @Test
    @Order(3)
    void chainKgCompaniesIndustriesAndProducts() {
        // enterprises: python3 -c "import json,re; print(len({re.match(r'\d{6}',json.loads(l)['code'])[0] for l in open('chain-kg/company.jsonl')}))" → 4586
        assertThat(count("MATCH (e:Enterprise) RETURN count(*) AS n")).isEqualTo(4586);
        assertThat(count("MATCH (e:Enterprise {countryCode: 'CN'}) WHERE e.provinceCode IS NULL RETURN count(*) AS n"))
                .isEqualTo(4586);
        assertThat(count("MATCH (i:Industry) RETURN count(*) AS n")).isEqualTo(511);
        assertThat(countsBy("MATCH (i:Industry) RETURN toString(i.level) AS key, count(*) AS n")).containsOnly(
                entry("1", 31L), entry("2", 134L), entry("3", 346L));
        // upstream links by name (exact, else without the level mark Ⅱ/Ⅲ when unique), distinct, no self-links:
        // python3 -c "import json,collections; L=lambda f:[json.loads(l) for l in open('chain-kg/'+f)]; I=L('industry.jsonl');
        //   u=lambda s:s.rstrip('ⅠⅡⅢ'); c=collections.Counter(u(i['name']) for i in I); n={u(i['name']):i['code'] for i in I if c[u(i['name'])]==1};
        //   n.update({i['name']:i['code'] for i in I}); r=lambda s:n.get(s,n.get(u(s)) if c[u(s)]==1 else None);
        //   print(len({(r(x['industry']),r(k)) for x in L('industry_up.jsonl') if r(x['industry']) for k in x['ups'] if r(k) and r(k)!=r(x['industry'])}))"
        //   → 5223
        assertThat(count("MATCH (:Industry)-[:SUPPLIES_TO]->(:Industry) RETURN count(*) AS n")).isEqualTo(5223);
        // the same resolution for company_industry (name first, else a known code), companies of company.jsonl only → 4327
        assertThat(count("MATCH (:Enterprise)-[:IN_INDUSTRY]->(:Industry) RETURN count(*) AS n")).isEqualTo(4327);
        // products and their links after cleaning names (control characters out, spaces next to Han out):
        // python3 -c "import json,re,unicodedata as u; L=lambda f:[json.loads(l) for l in open('chain-kg/'+f)];
        //   cl=lambda s:re.sub(r' (?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]) ','',re.sub(r'\s+',' ',''.join(h for h in s if u.category(h)!='Cc').strip()));
        //   P={cl(p['name']) for p in L('product.jsonl')}; k={'上游材料':lambda a,b:(a,b,'M'),'下游产品':lambda a,b:(b,a,'M'),'产品小类':lambda a,b:(b,a,'S')};
        //   x={k[r['rel']](cl(r['from_entity']),cl(r['to_entity'])) for r in L('product_product.jsonl')}; x={t for t in x if t[0] in P and t[1] in P and t[0]!=t[1]};
        //   c={re.match(r'\d{6}',j['code'])[0] for j in L('company.jsonl')}; m={}; [m.setdefault((r['company_code'][:6],cl(r['product_name'])),r['rel_weight'])
        //   for r in L('company_product.jsonl') if r['company_code'][:6] in c and cl(r['product_name']) in P];
        //   print(len(P), sum(t[2]=='M' for t in x), sum(t[2]=='S' for t in x), len(m), sum(not 0<=w<=1 for w in m.values()))"
        //   → 95556 56728 52933 53199 803
        assertThat(count("MATCH (p:Product) RETURN count(*) AS n")).isEqualTo(95556);
        assertThat(count("MATCH (:Product)-[:MADE_FROM]->(:Product) RETURN count(*) AS n")).isEqualTo(56728);
        assertThat(count("MATCH (:Product)-[:SUBTYPE_OF]->(:Product) RETURN count(*) AS n")).isEqualTo(52933);
        assertThat(count("MATCH (:Enterprise)-[:MAKES]->(:Product) RETURN count(*) AS n")).isEqualTo(53199);
        assertThat(count("MATCH (:Enterprise)-[m:MAKES]->(:Product) WHERE m.revenueShare IS NULL RETURN count(*) AS n"))
                .isEqualTo(803);
        assertThat(single("MATCH (e:Enterprise {id: 'stock:688268'})-[m:MAKES]->(:Product {name: '特种气体'}) "
                + "RETURN e.exchange + ' ' + toString(m.revenueShare) AS v")).isEqualTo("SSE 0.510725");

        Map<IssueKind, Integer> issues = reports.get("chain-kg").issueCounts();
        assertThat(issues).containsEntry(IssueKind.NO_LOCATION, 1)
                .containsEntry(IssueKind.DUPLICATE_STOCK_CODE, 4654 - 4586)
                // first row of each code whose time is no date: python3 -c "import json,re; s={}; [s.setdefault(re.match(r'\d{6}',
                //   j['code'])[0], j) for j in map(json.loads, open('chain-kg/company.jsonl'))];
                //   print(sum(not re.fullmatch(r'\d{4}-\d\d-\d\d', j['time']) for j in s.values()))" → 84
                .containsEntry(IssueKind.LISTING_DATE_NOT_A_DATE, 84)
                .containsEntry(IssueKind.DATE_IN_LOCATION, 1)
                .containsEntry(IssueKind.REVENUE_SHARE_OUT_OF_RANGE, 803)
                .containsEntry(IssueKind.UNKNOWN_COMPANY, 103);
    }

    @Test
    @Order(4)
    void devZonesBecomeParksInTheirRegions() {
        // python3 -c "import csv,collections as c; r=list(csv.DictReader(open('dev-zones/dev_zones_2018.csv')));
        //   print(len(r), c.Counter(x['批准级别'] for x in r), round(sum(float(x['核准面积_公顷']) for x in r)*15))"
        //   → 2543 {'省政府': 1991, '国务院': 552} 26960829 (亩, rounded)
        assertThat(countsBy("MATCH (p:Park) WHERE " + FROM_CATALOGUE + " RETURN p.level AS key, count(*) AS n")).containsOnly(
                entry("NATIONAL", 552L), entry("PROVINCIAL", 1991L));
        assertThat(count("MATCH (p:Park) WHERE " + FROM_CATALOGUE + " RETURN round(sum(p.areaMu)) AS n")).isEqualTo(26960829);
        assertThat(count("MATCH (p:Park)-[:LOCATED_IN]->(:Region) WHERE " + FROM_CATALOGUE + " RETURN count(*) AS n")).isEqualTo(2543);
        // Located in the province: the fragments and places matching no region, as the report lists them.
        FolderImportReport report = reports.get("dev-zones");
        int unlinked = report.issueCounts().get(IssueKind.PLACE_FRAGMENT) + report.issueCounts().get(IssueKind.PLACE_NOT_MATCHED)
                + report.issueCounts().getOrDefault(IssueKind.PLACE_AMBIGUOUS, 0);
        assertThat(count("MATCH (p:Park)-[:LOCATED_IN]->(:Region {level: 'PROVINCE'}) RETURN count(*) AS n"))
                .isEqualTo(unlinked);
        assertThat(report.issueCounts()).containsEntry(IssueKind.DUPLICATE_CODE, 1)
                .containsEntry(IssueKind.TWO_APPROVAL_DATES, 2).containsEntry(IssueKind.PLACE_TYPO_FIXED, 2);
        assertThat(parkRegion("S377018")).isEqualTo("山东淄川经济开发区 370302 淄川区 5849.85");
        assertThat(parkRegion("S377018-2")).isEqualTo("山东临淄经济开发区 370305 临淄区 2953.65");
        assertThat(parkRegion("G372026")).isEqualTo("淄博高新技术产业开发区 370300 淄博市 10560.0");
        assertThat(parkRegion("S339077")).startsWith("浙江开化工业园区 330000 浙江省");
        assertThat(single("MATCH (p:Park {id: 'G313031'}) RETURN toString(p.approvedOn) AS v")).isEqualTo("2000-04-01");
    }

    @Test
    @Order(5)
    void segmentCoverageDerivesOperations() {
        // python3 -c "import json,re; L=lambda f:[json.loads(l) for l in open('chain-kg/'+f)]; c={re.match(r'\d{6}',j['code'])[0] for j in L('company.jsonl')};
        //   mk={r['company_code'][:6] for r in L('company_product.jsonl') if r['product_name']=='锂电池' and r['company_code'][:6] in c};
        //   li={x['company_code'][:6] for x in L('company_industry.jsonl') if x['industry_name']=='锂电池' and x['company_code'][:6] in c};
        //   ba={x['company_code'][:6] for x in L('company_industry.jsonl') if x['industry_code'].startswith('6307') and x['company_code'][:6] in c};
        //   print(len(mk), '300750' in mk, len(li), len(mk|li), len(ba))"  → 11 False 15 25 51
        assertThat(operations("test-battery-cell")).containsOnly(entry("derived 0.8", 11L), entry("manual", 1L));
        assertThat(operations("test-battery-materials")).containsOnly(entry("derived 0.5", 51L));
        assertThat(operations("test-battery-pack")).containsOnly(entry("derived 0.9", 11L), entry("derived 0.6", 14L));
        // every edge, derived or not, carries its segment's chain and its enterprise's codes (migrations/V0007)
        assertThat(count("MATCH (e:Enterprise)-[o:OPERATES_IN]->(s:ChainSegment) WHERE o.chainId = s.chainId"
                + " AND coalesce(o.provinceCode, '-') = coalesce(e.provinceCode, '-') AND coalesce(o.cityCode, '-') = coalesce(e.cityCode, '-')"
                + " AND coalesce(o.countyCode, '-') = coalesce(e.countyCode, '-') RETURN count(o) AS n"))
                .isEqualTo(count("MATCH ()-[o:OPERATES_IN]->() RETURN count(o) AS n")).isEqualTo(11 + 1 + 51 + 11 + 14);
    }

    @Test
    @Order(6)
    void leadingIndustriesMatchChainsByName() {
        // python3 -c "import csv,re; r=list(csv.DictReader(open('dev-zones/dev_zones_2018.csv'))); T=lambda x:[t for t in re.split(r'[、,，;；/\s]+',x['主导产业'].strip()) if len(t)>=2];
        //   print(sum(any('新材料' in t or '新材料'.endswith(t) for t in T(x)) for x in r),
        //   sum(any('锂电池' in t or '锂电池'.endswith(t) or t in ('电芯','电池材料','电池包') or '电池材料' in t or '电池包' in t for t in T(x)) for x in r))"
        //   → 384 1
        assertThat(countsBy("MATCH (:Park)-[l:LEADS_IN {derived: true}]->(c:IndustryChain) RETURN c.id AS key, count(*) AS n"))
                .containsOnly(entry("test-new-materials", 384L), entry("test-battery", 1L));
        assertThat(countsBy("MATCH (:Park {id: 'test-park'})-[l:LEADS_IN]->(c) RETURN c.id + ' ' + toString(l.derived) AS key, "
                + "count(*) AS n")).containsOnly(entry("test-battery false", 1L));
    }

    @Test
    @Order(7)
    void importingAgainChangesNothing() throws IOException {
        DatasetImport importer = context.getBean(DatasetImport.class);
        importer.importFolder(writeChainDefinition());
        assertThat(operations("test-battery-pack")).containsOnly(entry("derived 0.9", 11L), entry("derived 0.6", 14L));
        assertThat(count("MATCH (:Park)-[l:LEADS_IN {derived: true}]->() RETURN count(*) AS n")).isEqualTo(385);
    }

    @Test
    @Order(8)
    void derivedOperationsGoWhenTheirCoverageGoes() {
        write("MATCH (:ChainSegment {id: 'test-battery-materials'})-[c:COVERS]->() DELETE c");
        context.getBean(DerivedLinks.class).deriveSegmentOperations();
        assertThat(operations("test-battery-materials")).isEmpty();
        assertThat(operations("test-battery-cell")).containsOnly(entry("derived 0.8", 11L), entry("manual", 1L));
    }

    /**
     * An operation first derived, then given by hand in an import, is manual from then on: it
     * stays when the coverage it was derived from goes.
     */
    @Test
    @Order(9)
    void anOperationGivenByHandAfterItWasDerivedStaysWhenItsCoverageGoes() throws IOException {
        assertThat(operations("test-battery-pack")).containsOnly(entry("derived 0.9", 11L), entry("derived 0.6", 14L));
        String stockCode = single("MATCH (e:Enterprise)-[:OPERATES_IN {derived: true}]->(:ChainSegment {id: 'test-battery-pack'})"
                + " RETURN e.stockCode AS v ORDER BY v LIMIT 1");
        String name = single("MATCH (e:Enterprise {stockCode: '" + stockCode + "'}) RETURN e.name AS v");
        Path folder = Files.createTempDirectory("by-hand");
        Files.writeString(folder.resolve("enterprises.jsonl"), "{\"stockCode\": \"" + stockCode + "\", \"name\": \"" + name
                + "\", \"exchange\": \"SZSE\", \"regionCode\": \"CN\", \"segmentIds\": [\"test-battery-pack\"]}\n");
        context.getBean(DatasetImport.class).importFolder(folder);
        Map<String, Long> afterImport = operations("test-battery-pack");
        assertThat(afterImport).containsEntry("manual", 1L);
        assertThat(afterImport.getOrDefault("derived 0.9", 0L) + afterImport.getOrDefault("derived 0.6", 0L)).isEqualTo(24);

        write("MATCH (:ChainSegment {id: 'test-battery-pack'})-[c:COVERS]->() DELETE c");
        context.getBean(DerivedLinks.class).deriveSegmentOperations();

        assertThat(operations("test-battery-pack")).containsOnly(entry("manual", 1L));
        assertThat(single("MATCH (e:Enterprise {stockCode: '" + stockCode + "'})-[o:OPERATES_IN]->(:ChainSegment {id: 'test-battery-pack'})"
                + " RETURN toString(o.derived) + ' ' + coalesce(o.derivedFrom, '-') + ' ' + coalesce(toString(o.confidence), '-') AS v"))
                .isEqualTo("false - -");
    }

    /** Two chains, three battery segments with coverage, one enterprise placed by hand, one park with its chain given. */
    private static Path writeChainDefinition() throws IOException {
        Path folder = Files.createTempDirectory("chain-definition");
        Files.writeString(folder.resolve("chains.jsonl"), """
                {"id": "test-new-materials", "name": "新材料", "category": "EMERGING"}
                {"id": "test-battery", "name": "锂电池", "category": "EMERGING"}
                """);
        Files.writeString(folder.resolve("segments.jsonl"), """
                {"id": "test-battery-materials", "chainId": "test-battery", "name": "电池材料", "position": "UPSTREAM", "level": 1}
                {"id": "test-battery-cell", "chainId": "test-battery", "name": "电芯", "position": "MIDSTREAM", "level": 1}
                {"id": "test-battery-pack", "chainId": "test-battery", "name": "电池包", "position": "DOWNSTREAM", "level": 1}
                """);
        Files.writeString(folder.resolve("segment_coverage.jsonl"), """
                {"segmentId": "test-battery-cell", "productIds": ["ckg:锂电池"], "confidence": 0.8}
                {"segmentId": "test-battery-materials", "industryNames": ["电池"], "confidence": 0.5}
                {"segmentId": "test-battery-pack", "productNames": ["锂电池"], "confidence": 0.9}
                {"segmentId": "test-battery-pack", "industryCodes": ["630701"], "confidence": 0.6}
                """);
        Files.writeString(folder.resolve("enterprises.jsonl"), """
                {"stockCode": "300750", "name": "宁德时代新能源科技股份有限公司", "shortName": "宁德时代", "exchange": "SZSE", "listedOn": "2018-06-11", "regionCode": "CN", "segmentIds": ["test-battery-cell"]}
                """);
        Files.writeString(folder.resolve("parks.jsonl"), """
                {"id": "test-park", "name": "测试园区", "level": "OTHER", "type": "OTHER", "regionCode": "410300", "leadingChainIds": ["test-battery"], "leadingIndustries": "新材料"}
                """);
        return folder;
    }

    private Map<String, Long> operations(String segmentId) {
        return countsBy("MATCH (:Enterprise)-[o:OPERATES_IN]->(:ChainSegment {id: '" + segmentId + "'}) "
                + "RETURN CASE WHEN o.derived THEN 'derived ' + toString(o.confidence) ELSE 'manual' END AS key, count(*) AS n");
    }

    private String parkRegion(String id) {
        return single("MATCH (p:Park {id: '" + id + "'})-[:LOCATED_IN]->(r) "
                + "RETURN p.name + ' ' + r.code + ' ' + r.name + ' ' + toString(p.areaMu) AS v");
    }

    private List<Record> run(String cypher) {
        GraphDatabase database = context.getBean(GraphDatabase.class);
        try (Session session = database.driver().session(database.sessionConfig())) {
            return session.run(cypher).list();
        }
    }

    private void write(String cypher) {
        run(cypher);
    }

    private long count(String cypher) {
        return run(cypher).getFirst().get("n").asNumber().longValue();
    }

    private String single(String cypher) {
        return run(cypher).getFirst().get("v").asString();
    }

    private Map<String, Long> countsBy(String cypher) {
        Map<String, Long> counts = new LinkedHashMap<>();
        run(cypher).forEach(record -> counts.put(record.get("key").asString(), record.get("n").asLong()));
        return counts;
    }
}
