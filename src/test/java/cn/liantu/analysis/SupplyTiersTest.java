package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Supply links (supplier → customer, value): A→R 100, B→R 50, C→A 10, C→B 20, G→A ?, G→B ?,
 * D→C 5, E→D 1, F→E 1, R→A 7 (a cycle back to the root).
 */
class SupplyTiersTest {

    private static final List<SupplyLink> LINKS = List.of(link("A", "R", 100.0), link("B", "R", 50.0),
            link("C", "A", 10.0), link("C", "B", 20.0), link("G", "A", null), link("G", "B", null),
            link("D", "C", 5.0), link("E", "D", 1.0), link("F", "E", 1.0), link("R", "A", 7.0));

    @Test
    void suppliersAreListedOnceAtTheirNearestTierWithTheStrongestPath() {
        List<TierEntry> tiers = SupplyTiers.walk("R", LINKS, SupplyDirection.UPSTREAM, 4);

        // C is reached from A (10) and B (20): the path keeps B; G ties at unknown value: A, the smaller id
        assertThat(tiers).extracting(e -> e.enterpriseId() + e.tier() + String.join("", e.path()))
                .containsExactly("A1RA", "B1RB", "C2RBC", "G2RAG", "D3RBCD", "E4RBCDE");
        assertThat(tiers.get(2).linkValue()).isEqualTo(20.0);
        assertThat(tiers.get(3).linkValue()).isNull();
    }

    @Test
    void maxTiersStopsTheWalk() {
        assertThat(SupplyTiers.walk("R", LINKS, SupplyDirection.UPSTREAM, 2)).extracting(TierEntry::enterpriseId)
                .containsExactly("A", "B", "C", "G");
    }

    @Test
    void downstreamFollowsCustomersAndNeverListsAVisitedFirmAgain() {
        List<TierEntry> tiers = SupplyTiers.walk("C", LINKS, SupplyDirection.DOWNSTREAM, 4);

        // C → B (20), A (10); then R from A (100) beats R from B (50); R → A is already visited
        assertThat(tiers).extracting(e -> e.enterpriseId() + e.tier() + String.join("", e.path()))
                .containsExactly("B1CB", "A1CA", "R2CAR");
    }

    @Test
    void aFilterKeepsInsideOrOutsideFirmsWithoutCuttingPaths() {
        List<TierEntry> walked = SupplyTiers.walk("R", LINKS, SupplyDirection.UPSTREAM, 3);
        Map<String, NodeFacts> facts = Map.of(
                "A", new NodeFacts("A", true, true, 900.0), "B", new NodeFacts("B", false, true, 10.0),
                "C", new NodeFacts("C", true, false, 30.0), "G", new NodeFacts("G", false, true, null),
                "D", new NodeFacts("D", true, true, 4.0));

        SupplyChainView inside = SupplyChainView.of(walked, facts, new SupplyChainFilter(true, false), true);
        SupplyChainView insideInSegment = SupplyChainView.of(walked, facts, new SupplyChainFilter(true, true), true);
        SupplyChainView all = SupplyChainView.of(walked, facts, SupplyChainFilter.NONE, true);

        assertThat(inside.entries()).extracting(TierEntry::enterpriseId).containsExactly("A", "C", "D");
        assertThat(insideInSegment.entries()).extracting(TierEntry::enterpriseId).containsExactly("A", "D");
        assertThat(all.tiers()).containsExactly(new TierSummary(1, 2, 1, 150), new TierSummary(2, 2, 1, 20),
                new TierSummary(3, 1, 1, 5));
        assertThat(SupplyChainView.of(walked, facts, SupplyChainFilter.NONE, false).tiers().getFirst().inScopeCount())
                .isNull();
    }

    @Test
    void exposureListsTheFirmsInTheScopeDownstreamWithTheirRevenue() {
        List<TierEntry> downstream = SupplyTiers.walk("C", LINKS, SupplyDirection.DOWNSTREAM, 4);
        Map<String, NodeFacts> facts = Map.of("A", new NodeFacts("A", true, true, 1000.0),
                "B", new NodeFacts("B", false, true, 70.0), "R", new NodeFacts("R", true, true, 500.0));

        Exposure exposure = Exposure.of(downstream, facts);

        assertThat(exposure.affected()).containsExactly(
                new Exposure.Affected("A", 1, List.of("C", "A"), 1000.0, 10.0, List.of()),
                new Exposure.Affected("R", 2, List.of("C", "A", "R"), 500.0, 100.0, List.of()));
        assertThat(exposure.affectedCount()).isEqualTo(2);
        assertThat(exposure.affectedRevenue()).isEqualTo(1500.0);
    }

    private static SupplyLink link(String supplier, String customer, Double value) {
        return new SupplyLink(supplier, customer, value, List.of());
    }
}
