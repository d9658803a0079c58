package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.analysis.LocalChainFacts.SegmentCounts;
import cn.liantu.analysis.ScopeEnterprise.Purchase;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The scope's figures counted from its enterprises, on the tree r → (a → a1, b) with key links a
 * and b: E1 and E2 operate under a, E3 (outside the reference country) in b, E4 only buys.
 */
class LocalChainFactsTest {

    private static final ChainHierarchy TREE = new ChainHierarchy(Map.of(
            "r", Set.of("r"), "a", Set.of("a", "r"), "a1", Set.of("a1", "a", "r"), "b", Set.of("b", "r")),
            Set.of("a", "b"));

    private static final List<ScopeEnterprise> ENTERPRISES = List.of(
            new ScopeEnterprise("E1", true, 100.5, 3, true, Set.of("a1"), Set.of("a1"), List.of(
                    new Purchase("S1", false, 0.1, Set.of("a1")),
                    new Purchase("L2", true, null, Set.of("b")))),
            // operates in a and in its child a1: counted once in each segment above them
            new ScopeEnterprise("E2", true, 50.0, 0, false, Set.of("a1", "a"), Set.of(), List.of(
                    new Purchase("S1", false, 0.2, Set.of("a1")))),
            new ScopeEnterprise("E3", false, 999.0, 7, true, Set.of("b"), Set.of("b"), List.of()),
            // one edge delivering to a1, a and b: once for key segment a, once for b
            new ScopeEnterprise("E4", true, 10.0, 1, false, Set.of(), Set.of(), List.of(
                    new Purchase("S2", false, 1.1, Set.of("a1", "a", "b")))));

    private final LocalChainFacts facts = LocalChainFacts.of(ENTERPRISES, Map.of("b", 2), TREE);

    @Test
    void eachSegmentCountsTheDistinctEnterprisesOfItsSubtreeInTheReferenceCountry() {
        SegmentCounts underA = new SegmentCounts(2, 150.5, 3, 1, 0, 0);
        assertThat(facts.segment("a1")).isEqualTo(new SegmentCounts(2, 150.5, 3, 1, 1, 0));
        assertThat(facts.segment("a")).isEqualTo(underA);
        assertThat(facts.segment("r")).isEqualTo(underA);
        // E3 is outside the reference country: linked and in the chain, but not in the segment's counts
        assertThat(facts.segment("b")).isEqualTo(new SegmentCounts(0, 0, 0, 0, 1, 2));
        assertThat(facts.segment("unknown")).isEqualTo(SegmentCounts.NONE);
        assertThat(facts.enterprises()).isEqualTo(3);
    }

    @Test
    void supplyTotalsCountEveryEdgeOnceAndSumValuesWithoutFloatingPointNoise() {
        // values 0.1 + 0.2 + 1.1 = 1.4000000000000001 in doubles
        assertThat(facts.supply()).isEqualTo(new SupplyTotals(4, 1, 3, 1.4, 0.0));
    }

    @Test
    void keyInputsGroupTheEdgesByKeySegmentAtOrAboveWhatTheyDeliverTo() {
        assertThat(facts.keyInputs()).containsExactly(
                new KeyInput("a", 3, List.of(
                        new KeyInput.InputSupplier("S1", false, 2, 0.3),
                        new KeyInput.InputSupplier("S2", false, 1, 1.1))),
                new KeyInput("b", 2, List.of(
                        new KeyInput.InputSupplier("L2", true, 1, null),
                        new KeyInput.InputSupplier("S2", false, 1, 1.1))));
    }

    @Test
    void noEnterprisesCountNothing() {
        LocalChainFacts none = LocalChainFacts.of(List.of(), Map.of(), TREE);

        assertThat(none.segments()).isEmpty();
        assertThat(none.supply()).isEqualTo(SupplyTotals.NONE);
        assertThat(none.keyInputs()).isEmpty();
    }
}
