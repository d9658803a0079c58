package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.EnterpriseCriteria;
import cn.liantu.persistence.query.EnterpriseQueries;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.PageWithTotal;
import cn.liantu.persistence.query.ParkCriteria;
import cn.liantu.persistence.query.ParkQueries;
import cn.liantu.persistence.query.ProjectCriteria;
import cn.liantu.persistence.query.ProjectQueries;
import cn.liantu.persistence.query.SortKey;
import cn.liantu.support.TestServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Session;

/** Every stored statement and every shape of built statement passes EXPLAIN on a real database. */
class CypherExplainIT {

    private static final Pattern PARAMETER = Pattern.compile("\\$([A-Za-z][A-Za-z0-9]*)");

    @Test
    void everyCypherFileExplains() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("cypher", "queries"))) {
            files = walk.filter(path -> path.toString().endsWith(".cypher")).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(40);
        List<String> failures = new ArrayList<>();
        for (Path file : files) {
            String text = Files.readString(file);
            explain(file.toString(), text, sampleParameters(text), failures);
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyBuiltListShapeExplains() {
        List<SortKey> order = List.of(new SortKey("revenue", true), new SortKey("name", false));
        PageRequest page = new PageRequest(0, 10);
        EnterpriseCriteria everything = new EnterpriseCriteria("410300", RegionLevel.CITY, "park", "nev", "seg",
                List.of(EnterpriseTag.SPECIALIZED), Ownership.PRIVATE, "x", 1.0, 2.0, true);
        List<BuiltQuery> built = new ArrayList<>(List.of(
                EnterpriseQueries.page(EnterpriseCriteria.all(), order, page, EnterpriseQueries.Inline.NONE),
                EnterpriseQueries.page(EnterpriseCriteria.all(), order, page, new EnterpriseQueries.Inline(true, true)),
                EnterpriseQueries.page(everything, order, page, new EnterpriseQueries.Inline(true, false)),
                EnterpriseQueries.count(everything.withSegment(null)),
                EnterpriseQueries.count(everything.withSegment(null).withPark(null)),
                ParkQueries.page(new ParkCriteria("410300", RegionLevel.CITY, ParkLevel.NATIONAL, null, "nev", "高新"),
                        order, page),
                ParkQueries.count(new ParkCriteria(null, null, null, null, null, null)),
                ProjectQueries.page(new ProjectCriteria(List.of(ProjectStage.SIGNED), "410300", RegionLevel.CITY,
                        "park", "nev", "张", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "x"), order, page),
                ProjectQueries.count(new ProjectCriteria(null, null, null, null, null, null, null, null, null))));
        for (EnterpriseQueries.Anchor anchor : EnterpriseQueries.Anchor.values()) {
            EnterpriseCriteria nested = everything.withRegion(null, RegionLevel.COUNTY).withPark(null).withSegment(null);
            built.add(EnterpriseQueries.pagePerKey(anchor, nested, order, page, List.of("k")));
            built.add(EnterpriseQueries.countPerKey(anchor, nested, List.of("k")));
        }
        built.add(EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                everything.withSegment(null).withPark(null), List.of("k")));
        built.add(EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT, everything.withSegment(null), List.of("k")));
        built.add(EnterpriseQueries.countPerKey(EnterpriseQueries.Anchor.SEGMENT,
                everything.withSegment(null).withPark(null).withRegion("410305", RegionLevel.COUNTY), List.of("k")));
        ProjectCriteria none = new ProjectCriteria(null, null, null, null, null, null, null, null, null);
        built.add(ProjectQueries.pagePerPark(none, order, page, List.of("k")));
        built.add(ProjectQueries.countPerPark(none, List.of("k")));
        built.add(PageWithTotal.of(EnterpriseQueries.page(everything, order, page, new EnterpriseQueries.Inline(true, true)),
                EnterpriseQueries.count(everything)));
        built.add(PageWithTotal.of(ParkQueries.page(new ParkCriteria(null, null, null, null, null, null), order, page),
                ParkQueries.count(new ParkCriteria(null, null, null, null, null, null))));
        built.add(PageWithTotal.of(ProjectQueries.page(none, order, page), ProjectQueries.count(none)));
        List<String> failures = new ArrayList<>();
        for (BuiltQuery query : built) {
            explain(query.query().name(), query.query().text(), query.parameters(), failures);
        }
        assertThat(failures).isEmpty();
    }

    /** Every named list statement with its count sibling, as a page with its total (how lists run). */
    @Test
    void everyNamedListExplainsWithItsTotal() throws IOException {
        List<Path> lists;
        try (Stream<Path> walk = Files.walk(Path.of("cypher", "queries"))) {
            lists = walk.filter(path -> path.getFileName().toString().startsWith("list_")).sorted().toList();
        }
        List<String> failures = new ArrayList<>();
        int paired = 0;
        for (Path list : lists) {
            Path count = list.resolveSibling(list.getFileName().toString().replaceFirst("^list_", "count_"));
            if (!Files.exists(count)) {
                continue;
            }
            paired++;
            String listText = Files.readString(list);
            String countText = Files.readString(count);
            BuiltQuery both = PageWithTotal.of(new BuiltQuery(new CypherQuery("list", listText), sampleParameters(listText)),
                    new BuiltQuery(new CypherQuery("count", countText), sampleParameters(countText)));
            explain(list.toString(), both.query().text(), both.parameters(), failures);
        }
        assertThat(paired).isGreaterThanOrEqualTo(3);
        assertThat(failures).isEmpty();
    }

    private static void explain(String name, String text, Map<String, Object> parameters, List<String> failures) {
        GraphDatabase database = TestServer.bean(GraphDatabase.class);
        try (Session session = database.driver().session(database.sessionConfig())) {
            session.run("EXPLAIN " + text, parameters).consume();
        } catch (RuntimeException e) {
            failures.add(name + ": " + e.getMessage());
        }
    }

    /** Plausible values for the parameters a statement names, so EXPLAIN can plan it. */
    private static Map<String, Object> sampleParameters(String text) {
        Map<String, Object> parameters = new HashMap<>();
        Matcher matcher = PARAMETER.matcher(text);
        while (matcher.find()) {
            String name = matcher.group(1);
            parameters.put(name, switch (name) {
                case "keys" -> List.of("k");
                case "rows" -> List.of();
                case "offset", "limit", "first", "year" -> 10;
                default -> null;
            });
        }
        return parameters;
    }
}
