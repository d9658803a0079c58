package cn.liantu.importer.generator;

import static cn.liantu.importer.generator.GeneratedDataset.texts;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.ProjectStage;
import cn.liantu.importer.RecordType;
import cn.liantu.importer.validation.Uscc;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A world of 1,000 enterprises, generated once and read back. */
class SyntheticWorldTest {

    private static final int ENTERPRISES = 1_000;
    private static final long SEED = 11;

    @TempDir
    static Path temporary;
    private static GenerationSummary summary;
    private static GeneratedDataset dataset;

    @BeforeAll
    static void generate() throws IOException {
        Path directory = temporary.resolve("world");
        summary = SyntheticWorld.generate(new GeneratorOptions(ENTERPRISES, SEED, directory), GenerationListener.NONE);
        dataset = new GeneratedDataset(directory);
    }

    @Test
    void theSameSeedWritesTheSameBytesAndAnotherSeedOtherFiles() throws IOException {
        Path again = temporary.resolve("again");
        Path other = temporary.resolve("other");
        SyntheticWorld.generate(new GeneratorOptions(ENTERPRISES, SEED, again), GenerationListener.NONE);
        SyntheticWorld.generate(new GeneratorOptions(ENTERPRISES, SEED + 1, other), GenerationListener.NONE);

        List<String> files = new ArrayList<>(summary.rowsByFile().keySet());
        files.add(SyntheticWorld.MANIFEST);
        for (String file : files) {
            assertThat(Files.mismatch(summary.directory().resolve(file), again.resolve(file))).as(file).isEqualTo(-1L);
        }
        for (RecordType type : List.of(RecordType.REGIONS, RecordType.ENTERPRISES, RecordType.SUPPLIES,
                RecordType.PROJECTS)) {
            assertThat(Files.mismatch(summary.directory().resolve(type.fileName()), other.resolve(type.fileName())))
                    .as(type.fileName()).isNotEqualTo(-1L);
        }
    }

    @Test
    void writesTheRequestedEnterprisesAndEveryFileOfTheFormat() {
        assertThat(dataset.rows(RecordType.ENTERPRISES)).hasSize(ENTERPRISES);
        assertThat(dataset.rows(RecordType.PROJECTS)).hasSize(ENTERPRISES / ProjectGenerator.FIRMS_PER_PROJECT);
        JsonNode manifest = dataset.manifest();
        assertThat(manifest.path("format").asText()).isEqualTo("liantu-import");
        assertThat(manifest.path("version").asInt()).isEqualTo(1);
        for (RecordType type : SyntheticWorld.RECORD_TYPES) {
            int lines = dataset.rows(type).size();
            assertThat(lines).as(type.fileName()).isPositive();
            assertThat(manifest.path("rows").path(type.fileName()).asLong()).isEqualTo(lines);
            assertThat(summary.rows(type.fileName())).isEqualTo(lines);
        }
        // about six supply edges per firm
        assertThat(dataset.rows(RecordType.SUPPLIES).size()).isBetween(4 * ENTERPRISES, 8 * ENTERPRISES);
    }

    @Test
    void everyUsccIsValidUniqueAndNamesTheFirmsCounty() {
        Set<String> usccs = new HashSet<>();
        Set<String> stockCodes = new HashSet<>();
        for (JsonNode firm : dataset.rows(RecordType.ENTERPRISES)) {
            String uscc = firm.path("uscc").asText();
            assertThat(Uscc.isValid(uscc)).as(uscc).isTrue();
            assertThat(uscc.substring(2, 8)).isEqualTo(firm.path("regionCode").asText());
            assertThat(usccs.add(uscc)).as("unique " + uscc).isTrue();
            if (firm.has("stockCode")) {
                assertThat(firm.path("stockCode").asText()).matches("\\d{6}");
                assertThat(stockCodes.add(firm.path("stockCode").asText())).isTrue();
            }
        }
    }

    @Test
    void regionsFormATreeWithGbT2260ShapedCodes() {
        Map<String, JsonNode> regions = dataset.byKey(RecordType.REGIONS, "code");
        Map<String, String> parentLevel = Map.of("PROVINCE", "COUNTRY", "CITY", "PROVINCE", "COUNTY", "CITY");
        for (JsonNode region : regions.values()) {
            String code = region.path("code").asText();
            String level = region.path("level").asText();
            if (level.equals("COUNTRY")) {
                assertThat(code).isEqualTo("CN");
                assertThat(region.path("parentCode").isNull()).isTrue();
                continue;
            }
            assertThat(code).matches("\\d{6}");
            JsonNode parent = regions.get(region.path("parentCode").asText());
            assertThat(parent).as("parent of " + code).isNotNull();
            assertThat(parent.path("level").asText()).isEqualTo(parentLevel.get(level));
            switch (level) {
                case "PROVINCE" -> assertThat(code).endsWith("0000");
                case "CITY" -> assertThat(code).endsWith("00").startsWith(parent.path("code").asText().substring(0, 2));
                default -> assertThat(code).startsWith(parent.path("code").asText().substring(0, 4))
                        .doesNotEndWith("00");
            }
        }
        long cities = regions.values().stream().filter(region -> region.path("level").asText().equals("CITY")).count();
        assertThat(cities).isEqualTo(GeographyGenerator.cityCount(ENTERPRISES));
    }

    @Test
    void segmentTreesAreConsistent() {
        Map<String, JsonNode> segments = dataset.byKey(RecordType.SEGMENTS, "id");
        Map<String, Integer> perChain = new HashMap<>();
        Set<String> parents = new HashSet<>();
        for (JsonNode segment : segments.values()) {
            perChain.merge(segment.path("chainId").asText(), 1, Integer::sum);
            if (segment.path("parentId").isNull()) {
                assertThat(segment.path("level").asInt()).isEqualTo(1);
                continue;
            }
            JsonNode parent = segments.get(segment.path("parentId").asText());
            parents.add(parent.path("id").asText());
            assertThat(parent.path("chainId").asText()).isEqualTo(segment.path("chainId").asText());
            assertThat(parent.path("position").asText()).isEqualTo(segment.path("position").asText());
            assertThat(segment.path("level").asInt()).isEqualTo(parent.path("level").asInt() + 1)
                    .isLessThanOrEqualTo(3);
        }
        Set<String> chains = dataset.byKey(RecordType.CHAINS, "id").keySet();
        assertThat(perChain.keySet()).isEqualTo(chains);
        assertThat(chains).hasSizeBetween(5, 10);
        assertThat(perChain.values()).allSatisfy(count -> assertThat(count).isBetween(15, 25));
        for (JsonNode segment : segments.values()) {
            boolean leaf = !parents.contains(segment.path("id").asText());
            assertThat(segment.has("weight")).as("weight on leaves only").isEqualTo(leaf);
            if (segment.path("keyLink").asBoolean()) {
                assertThat(leaf).isTrue();
                assertThat(segment.path("keyLinkType").asText()).isNotEmpty();
            }
        }
        for (JsonNode flow : dataset.rows(RecordType.SEGMENT_FLOWS)) {
            JsonNode from = segments.get(flow.path("from").asText());
            JsonNode to = segments.get(flow.path("to").asText());
            assertThat(from.path("chainId").asText()).isEqualTo(to.path("chainId").asText());
            assertThat(parents).doesNotContain(from.path("id").asText(), to.path("id").asText());
        }
    }

    @Test
    void everyReferenceResolves() {
        Map<String, JsonNode> regions = dataset.byKey(RecordType.REGIONS, "code");
        Map<String, JsonNode> segments = dataset.byKey(RecordType.SEGMENTS, "id");
        Map<String, JsonNode> chains = dataset.byKey(RecordType.CHAINS, "id");
        Map<String, JsonNode> products = dataset.byKey(RecordType.PRODUCTS, "id");
        Map<String, JsonNode> parks = dataset.byKey(RecordType.PARKS, "id");
        Map<String, JsonNode> firms = dataset.byKey(RecordType.ENTERPRISES, "uscc");

        dataset.rows(RecordType.PRODUCTS).forEach(product -> assertThat(segments).containsKeys(
                texts(product.path("segmentIds")).toArray(String[]::new)));
        dataset.rows(RecordType.TECHNOLOGIES).forEach(technology -> assertThat(segments).containsKeys(
                texts(technology.path("segmentIds")).toArray(String[]::new)));
        for (JsonNode park : parks.values()) {
            assertThat(regions.get(park.path("regionCode").asText()).path("level").asText()).isEqualTo("COUNTY");
            assertThat(chains).containsKeys(texts(park.path("leadingChainIds")).toArray(String[]::new));
        }
        for (JsonNode firm : firms.values()) {
            assertThat(regions.get(firm.path("regionCode").asText()).path("level").asText()).isEqualTo("COUNTY");
            if (firm.has("parkId")) {
                assertThat(parks.get(firm.path("parkId").asText()).path("regionCode").asText())
                        .isEqualTo(firm.path("regionCode").asText());
            }
            assertThat(segments).containsKeys(texts(firm.path("segmentIds")).toArray(String[]::new));
            assertThat(products).containsKeys(texts(firm.path("productIds")).toArray(String[]::new));
        }
        for (JsonNode supply : dataset.rows(RecordType.SUPPLIES)) {
            JsonNode supplier = firms.get(supply.path("supplier").asText());
            assertThat(supplier).isNotNull();
            assertThat(firms).containsKey(supply.path("customer").asText());
            assertThat(texts(supplier.path("productIds"))).contains(supply.path("productId").asText());
            assertThat(supply.path("year").asInt()).isBetween(2025, 2026);
        }
        for (JsonNode leader : dataset.rows(RecordType.CHAIN_LEADERS)) {
            JsonNode firm = firms.get(leader.path("enterprise").asText());
            assertThat(chains).containsKey(leader.path("chainId").asText());
            String region = leader.path("regionCode").asText();
            String level = regions.get(region).path("level").asText();
            assertThat(level).isIn("CITY", "PROVINCE");
            assertThat(firm.path("regionCode").asText()).startsWith(region.substring(0, level.equals("CITY") ? 4 : 2));
        }
        for (JsonNode institution : dataset.rows(RecordType.RD_INSTITUTIONS)) {
            assertThat(regions).containsKey(institution.path("regionCode").asText());
            assertThat(segments).containsKeys(texts(institution.path("segmentIds")).toArray(String[]::new));
        }
        for (JsonNode project : dataset.rows(RecordType.PROJECTS)) {
            assertThat(firms).containsKey(project.path("investor").asText());
            assertThat(parks.get(project.path("parkId").asText()).path("regionCode").asText())
                    .isEqualTo(project.path("regionCode").asText());
            String chain = project.path("chainId").asText();
            assertThat(chains).containsKey(chain);
            project.path("segments").forEach(served -> assertThat(
                    segments.get(served.path("segmentId").asText()).path("chainId").asText()).isEqualTo(chain));
        }
    }

    @Test
    void closedFirmsNeitherTradeAfterTheirLastYearNorLeadChainsNorInvest() {
        Map<String, JsonNode> firms = dataset.byKey(RecordType.ENTERPRISES, "uscc");
        Map<String, Integer> lastYear = new HashMap<>();
        firms.forEach((uscc, firm) -> {
            if (firm.has("closedOn")) {
                lastYear.put(uscc, LocalDate.parse(firm.path("closedOn").asText()).getYear());
            }
        });
        assertThat(lastYear.values()).as("some firms closed before 2026").anyMatch(year -> year < 2026);
        for (JsonNode supply : dataset.rows(RecordType.SUPPLIES)) {
            int year = supply.path("year").asInt();
            assertThat(lastYear.getOrDefault(supply.path("supplier").asText(), 9999)).isGreaterThanOrEqualTo(year);
            assertThat(lastYear.getOrDefault(supply.path("customer").asText(), 9999)).isGreaterThanOrEqualTo(year);
        }
        for (JsonNode leader : dataset.rows(RecordType.CHAIN_LEADERS)) {
            assertThat(lastYear).doesNotContainKey(leader.path("enterprise").asText());
        }
        for (JsonNode project : dataset.rows(RecordType.PROJECTS)) {
            assertThat(lastYear).doesNotContainKey(project.path("investor").asText());
        }
    }

    @Test
    void projectsReachTheirStagesInOrderByToday() {
        Set<String> stagesSeen = new HashSet<>();
        for (JsonNode project : dataset.rows(RecordType.PROJECTS)) {
            ProjectStage stage = ProjectStage.valueOf(project.path("stage").asText());
            stagesSeen.add(stage.name());
            List<String> stages = new ArrayList<>();
            List<LocalDate> dates = new ArrayList<>();
            project.path("stageDates").fields().forEachRemaining(entry -> {
                stages.add(entry.getKey());
                dates.add(LocalDate.parse(entry.getValue().asText()));
            });
            if (stage == ProjectStage.TERMINATED) {
                assertThat(stages.getLast()).isEqualTo("TERMINATED");
                assertThat(stages.subList(0, stages.size() - 1))
                        .isEqualTo(pipelineNames().subList(0, stages.size() - 1));
                assertThat(project.path("terminationReason").asText()).isNotEmpty();
            } else {
                assertThat(stages).isEqualTo(pipelineNames().subList(0, stage.ordinal() + 1));
            }
            assertThat(dates).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
            assertThat(dates.getLast()).isBeforeOrEqualTo(Firms.AS_OF);
            assertThat(project.path("fundsInPlace").asDouble()).isBetween(0.0, project.path("amount").asDouble());
        }
        assertThat(stagesSeen).hasSize(ProjectStage.values().length);
    }

    private static List<String> pipelineNames() {
        return ProjectStage.PIPELINE.stream().map(Enum::name).toList();
    }

    @Test
    void firmSizesAreHeavyTailedAndTaxIsThreeToEightPercent() {
        List<JsonNode> firms = dataset.rows(RecordType.ENTERPRISES);
        List<Double> revenues = firms.stream().map(firm -> firm.path("revenue").asDouble())
                .sorted(Comparator.reverseOrder()).toList();
        double total = revenues.stream().mapToDouble(Double::doubleValue).sum();
        double topOnePercent = revenues.subList(0, revenues.size() / 100).stream()
                .mapToDouble(Double::doubleValue).sum();
        assertThat(topOnePercent / total).isGreaterThan(0.20);
        assertThat(revenues.get(revenues.size() / 2)).isLessThan(total / revenues.size() / 2);
        for (JsonNode firm : firms) {
            double revenue = firm.path("revenue").asDouble();
            assertThat(firm.path("tax").asDouble()).isBetween(revenue * 0.03 - 0.1, revenue * 0.08 + 0.1);
        }
    }

    @Test
    void tagsComeAtRealisticRates() {
        List<JsonNode> firms = dataset.rows(RecordType.ENTERPRISES);
        Map<String, Integer> tagged = new HashMap<>();
        firms.forEach(firm -> texts(firm.path("tags")).forEach(tag -> tagged.merge(tag, 1, Integer::sum)));
        assertThat(tagged.get("HIGH_TECH") / (double) firms.size()).isBetween(0.05, 0.30);
        assertThat(tagged.get("SPECIALIZED") / (double) firms.size()).isBetween(0.005, 0.08);
        assertThat(tagged.getOrDefault("LITTLE_GIANT", 0)).isLessThan(tagged.get("SPECIALIZED"));
    }

    @Test
    void china500RanksTheLargestFirmsInRevenueOrder() {
        List<JsonNode> firms = new ArrayList<>(dataset.rows(RecordType.ENTERPRISES));
        firms.sort(Comparator.comparingDouble((JsonNode firm) -> firm.path("revenue").asDouble()).reversed());
        int size = RankingGenerator.china500Size(ENTERPRISES);
        for (int i = 0; i < firms.size(); i++) {
            Integer rank = null;
            for (JsonNode ranking : firms.get(i).path("rankings")) {
                if (ranking.path("list").asText().equals("CHINA_500") && ranking.path("year").asInt() == 2026) {
                    rank = ranking.path("rank").asInt();
                }
            }
            assertThat(rank).as("rank of the firm #" + (i + 1) + " by revenue").isEqualTo(i < size ? i + 1 : null);
        }
    }

    @Test
    void supplyEdgesMostlyLinkNeighbouringSegmentsInTheSameProvince() {
        Set<String> flows = new HashSet<>();
        dataset.rows(RecordType.SEGMENT_FLOWS).forEach(flow -> flows.add(flow.path("from").asText() + ">"
                + flow.path("to").asText()));
        Map<String, JsonNode> firms = dataset.byKey(RecordType.ENTERPRISES, "uscc");
        List<JsonNode> supplies = dataset.rows(RecordType.SUPPLIES);
        int adjacent = 0;
        int sameProvince = 0;
        for (JsonNode supply : supplies) {
            JsonNode supplier = firms.get(supply.path("supplier").asText());
            JsonNode customer = firms.get(supply.path("customer").asText());
            String from = supplier.path("segmentIds").get(0).asText();
            String to = customer.path("segmentIds").get(0).asText();
            if (flows.contains(from + ">" + to)) {
                adjacent++;
            }
            if (supplier.path("regionCode").asText().substring(0, 2).equals(
                    customer.path("regionCode").asText().substring(0, 2))) {
                sameProvince++;
            }
            assertThat(supplier).isNotSameAs(customer);
        }
        assertThat(adjacent / (double) supplies.size()).isGreaterThan(0.75);
        assertThat(sameProvince / (double) supplies.size()).isGreaterThan(0.70);
    }

    @Test
    void eachCityIsStrongestInAChainItsHighTechZoneLeads() {
        Map<String, String> chainOfSegment = new HashMap<>();
        dataset.rows(RecordType.SEGMENTS).forEach(segment -> chainOfSegment.put(segment.path("id").asText(),
                segment.path("chainId").asText()));
        Map<String, Map<String, Integer>> firmsByCityAndChain = new HashMap<>();
        for (JsonNode firm : dataset.rows(RecordType.ENTERPRISES)) {
            String city = firm.path("regionCode").asText().substring(0, 4);
            String chain = chainOfSegment.get(firm.path("segmentIds").get(0).asText());
            firmsByCityAndChain.computeIfAbsent(city, key -> new HashMap<>()).merge(chain, 1, Integer::sum);
        }
        for (JsonNode park : dataset.rows(RecordType.PARKS)) {
            if (!park.path("type").asText().equals("HIGH_TECH")) {
                continue;
            }
            Map<String, Integer> byChain = firmsByCityAndChain.get(park.path("regionCode").asText().substring(0, 4));
            String largest = byChain.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
            assertThat(texts(park.path("leadingChainIds"))).as(park.path("name").asText()).contains(largest);
        }
    }
}
