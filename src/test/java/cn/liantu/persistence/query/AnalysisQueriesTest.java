package cn.liantu.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.analysis.SupplyDirection;
import cn.liantu.domain.RegionLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The analysis statements are built from fixed text: the scope picks a fragment, values are parameters. */
class AnalysisQueriesTest {

    private static final LocalDate END_2026 = LocalDate.of(2026, 12, 31);
    private static final String HOSTILE = "x' OR 1=1 }) DETACH DELETE n //";
    private static final ScopeCriteria CITY = ScopeCriteria.region("410300", RegionLevel.CITY, "CN");
    private static final ScopeCriteria COUNTY = ScopeCriteria.region("410305", RegionLevel.COUNTY, "CN");
    private static final ScopeCriteria PARK = ScopeCriteria.park(HOSTILE, "410311", RegionLevel.COUNTY, "CN");
    private static final ScopeCriteria COUNTRY = ScopeCriteria.region("CN", RegionLevel.COUNTRY, "CN");

    @Test
    void aRegionScopeComparesTheStoredCodeOfItsLevel() {
        BuiltQuery city = localFacts(CITY);
        BuiltQuery county = localFacts(COUNTY);

        assertThat(city.query().text()).contains("WHERE o.chainId = $chainId AND o.cityCode = $scopeRegionCode\n")
                .contains("WHERE t.year = $year AND t.customerCityCode = $scopeRegionCode AND")
                .contains("WITH e, collect(purchases) AS purchaseLists\n  WHERE e.cityCode = $scopeRegionCode AND")
                .contains("e.countryCode = $referenceCountry").contains("coalesce(o.cityCode = $scopeRegionCode, false)")
                .contains("coalesce(i.cityCode = $scopeRegionCode, false)").doesNotContain("parkId");
        assertThat(county.query().text()).contains("WHERE o.chainId = $chainId AND o.countyCode = $scopeRegionCode\n")
                .contains("WHERE t.year = $year AND t.customerCountyCode = $scopeRegionCode AND")
                .contains("WITH e, collect(purchases) AS purchaseLists\n  WHERE e.countyCode = $scopeRegionCode AND");
        assertThat(city.parameters()).containsEntry("scopeRegionCode", "410300").containsEntry("referenceCountry", "CN")
                .containsEntry("chainId", "nev").containsEntry("asOf", END_2026).containsEntry("year", 2026)
                .containsEntry("techTags", List.of("HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT"))
                .containsEntry("productSegments", Map.of("battery-cell", List.of("nev-battery"), "solar-cell", List.of()))
                .doesNotContainKey("scopeParkId");
    }

    @Test
    void aParkScopeComparesTheParkIdAndLooksForInstitutionsInTheParksRegion() {
        BuiltQuery facts = localFacts(PARK);

        assertThat(facts.query().text()).contains("MATCH (e:Enterprise)\n  WHERE e.parkId = $scopeParkId AND")
                .doesNotContain("customer")
                .contains("coalesce(o.parkId = $scopeParkId, false)")
                .contains("coalesce(i.countyCode = $scopeRegionCode, false)").doesNotContain(HOSTILE);
        assertThat(facts.parameters()).containsEntry("scopeParkId", HOSTILE).containsEntry("scopeRegionCode", "410311");
    }

    @Test
    void aCountryScopeHasTheWholeGraphAsItsNationalReference() {
        BuiltQuery facts = GapReportQueries.nationalSegmentFacts(COUNTRY, "nev", END_2026);

        assertThat(COUNTRY.referenceCountry()).isNull();
        assertThat(facts.query().text()).doesNotContain("$referenceCountry").contains("WHERE (e.foundedOn IS NULL");
        assertThat(facts.parameters()).doesNotContainKey("referenceCountry");
    }

    @Test
    void theScopesEnterprisesComeFromTheirEdgesAliveAtTheDateAndEdgesFromTheProductsPlacement() {
        String text = localFacts(CITY).query().text();

        assertThat(text).contains("WITH e, collect(purchases) AS purchaseLists\n  WHERE e.cityCode = $scopeRegionCode"
                + " AND (e.foundedOn IS NULL OR e.foundedOn <= $asOf) AND (e.closedOn IS NULL OR e.closedOn > $asOf)\n")
                .contains("$productSegments[t.productId]").doesNotContain(":Product").doesNotContain("MATCH (e:Enterprise)");
        assertThat(localFacts(COUNTRY).query().text()).contains("MATCH (e:Enterprise)\n  WHERE e.countryCode = $scopeRegionCode"
                + " AND (e.foundedOn IS NULL OR e.foundedOn <= $asOf)").doesNotContain("customer");
        assertThat(MatchQueries.needs(CITY, "nev", END_2026, 2026, Map.of()).query().text())
                .contains("WHERE NOT coalesce(sup.cityCode = $scopeRegionCode, false)");
    }

    @Test
    void aRegionsPurchasesAreSoughtByTheChainsProductsTheUnplacedOnesAndNone() {
        BuiltQuery city = localFacts(CITY);

        assertThat(city.query().text()).contains("WHERE t.year = $year AND t.customerCityCode = $scopeRegionCode"
                + " AND t.catalogProductId IN $purchaseKeys\n");
        assertThat(city.parameters()).containsEntry("purchaseKeys", List.of("", "battery-cell", "loose-part"));
        assertThat(localFacts(COUNTRY).query().text()).doesNotContain("$purchaseKeys");
        assertThat(localFacts(COUNTRY).parameters()).doesNotContainKey("purchaseKeys");
    }

    @Test
    void everyStatementHasItsOwnName() {
        List<String> names = List.of(
                GapReportQueries.localChainFacts(CITY, "c", END_2026, 2026, ChainProducts.of(Map.of(), List.of())),
                GapReportQueries.nationalSegmentFacts(CITY, "c", END_2026),
                MatchQueries.needs(CITY, "c", END_2026, 2026, Map.of()),
                MatchQueries.localSuppliers(CITY, END_2026, List.of("s"), 5),
                TargetQueries.segmentRankings("c", END_2026, List.of("s"), 5),
                TargetQueries.supplyTies(CITY, List.of("e"), TargetQueries.SCOPE_SIDE_LIMIT),
                SegmentListQueries.enterprisePages(CITY, END_2026, new PageRequest(0, 3), List.of("s")),
                SegmentListQueries.enterpriseCounts(CITY, END_2026, List.of("s")),
                SegmentListQueries.servingProjects(CITY, List.of("SIGNED"), List.of("s")))
                .stream().map(q -> q.query().name()).toList();

        assertThat(names).doesNotHaveDuplicates().allMatch(name -> name.startsWith("analysis/"));
    }

    @Test
    void segmentRankingsAreTheSameForEveryScopeAndCapped() {
        BuiltQuery built = TargetQueries.segmentRankings("nev", END_2026, List.of("nev-chip", HOSTILE), 400);

        assertThat(built.query().text()).contains("ORDER BY revenue IS NULL, revenue DESC, e.id\n  LIMIT $limit")
                .doesNotContain("$scope").doesNotContain(HOSTILE);
        assertThat(built.parameters()).containsOnlyKeys("chainId", "asOf", "segmentIds", "limit")
                .containsEntry("segmentIds", List.of("nev-chip", HOSTILE)).containsEntry("limit", 400);
    }

    @Test
    void supplyTiesStartFromTheScopeAndCountEnterprisesInIt() {
        BuiltQuery city = TargetQueries.supplyTies(CITY, List.of("a", HOSTILE), 2000);
        BuiltQuery park = TargetQueries.supplyTies(PARK, List.of("a"), 2000);

        assertThat(city.query().text()).contains("MATCH (s:Enterprise)\n  WHERE s.cityCode = $scopeRegionCode\n")
                .contains("WHERE coalesce(c.cityCode = $scopeRegionCode, false)\n").doesNotContain(HOSTILE);
        assertThat(city.parameters()).containsEntry("enterpriseIds", List.of("a", HOSTILE))
                .containsEntry("scopeSideLimit", 2000);
        assertThat(park.query().text()).contains("WHERE s.parkId = $scopeParkId\n")
                .contains("WHERE coalesce(c.parkId = $scopeParkId, false)\n").doesNotContain(HOSTILE);
        assertThat(park.parameters()).containsEntry("scopeParkId", HOSTILE);
    }

    @Test
    void segmentListsBindTheSegmentFromTheUnwoundKeyAndPageByParameters() {
        BuiltQuery built = SegmentListQueries.enterprisePages(COUNTY, END_2026, new PageRequest(20, 11),
                List.of("a", "b"));

        assertThat(built.query().text()).startsWith("UNWIND $keys AS key\nCALL (key) {")
                .contains("MATCH (d:ChainSegment)-[:CHILD_OF*0..]->(:ChainSegment {id: key})")
                .contains("SKIP $offset LIMIT $limit").endsWith("RETURN key, collect(e) AS items");
        assertThat(built.parameters()).containsEntry("keys", List.of("a", "b")).containsEntry("offset", 20)
                .containsEntry("limit", 11);
    }

    @Test
    void supplyLinksReachOneTierLessThanAskedAndTakeOneStepMore() {
        BuiltQuery up = SupplyNetworkQueries.links("E1", SupplyDirection.UPSTREAM, 3, 2026, CITY, "seg");
        BuiltQuery down = SupplyNetworkQueries.links("E1", SupplyDirection.DOWNSTREAM, 1, null, null, null);

        assertThat(up.query().text()).startsWith("MATCH (root:Enterprise {id: $id})<-[:SUPPLIES*0..2]-(near:Enterprise)")
                .contains("MATCH (near)<-[t:SUPPLIES]-(far:Enterprise)")
                .contains("coalesce(far.cityCode = $scopeRegionCode, false) AS inScope")
                .contains("EXISTS { (far)-[:OPERATES_IN]->(:ChainSegment {id: $segmentId}) } AS inSegment");
        assertThat(up.parameters()).containsEntry("id", "E1").containsEntry("year", 2026).containsEntry("segmentId", "seg");
        assertThat(down.query().text()).contains("-[:SUPPLIES*0..0]->(near:Enterprise)")
                .contains("MATCH (near)-[t:SUPPLIES]->(far:Enterprise)").contains("false AS inScope, true AS inSegment");
        assertThat(down.parameters()).containsEntry("year", null).doesNotContainKey("scopeRegionCode");
        assertThat(up.query().name()).isEqualTo("analysis/find_supply_links_upstream_3");
    }

    @Test
    void tiersOutsideOneToFourAreRefused() {
        assertThatThrownBy(() -> SupplyNetworkQueries.links("E1", SupplyDirection.UPSTREAM, 5, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SupplyNetworkQueries.links("E1", SupplyDirection.UPSTREAM, 0, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static BuiltQuery localFacts(ScopeCriteria scope) {
        return GapReportQueries.localChainFacts(scope, "nev", END_2026, 2026, ChainProducts.of(
                Map.of("battery-cell", List.of("nev-battery"), "solar-cell", List.of()), List.of("loose-part")));
    }
}
