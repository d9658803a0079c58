package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.SegmentFlow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report-level figures on the chain of {@link SegmentScoringTest}: a, d POTENTIAL, b STRONG, c BLANK, e WEAK. */
class GapAnalysisTest {

    private static final List<SegmentFlow> FLOWS = List.of(new SegmentFlow("a", "b"), new SegmentFlow("c", "b"),
            new SegmentFlow("b", "c"), new SegmentFlow("e", "d"));

    @Test
    void completenessCountsPresentLeavesPlainAndWeighted() {
        GapAnalysis analysis = analyse(SupplyTotals.NONE, List.of());

        // leaves a b c d e, present a b d e; weights a 2, b 1 (none), c 3, d 1 (none), e 1 → 5 of 8
        assertThat(analysis.completeness()).isEqualTo(new Completeness(5, 4, 0.8, 0.625));
        assertThat(analysis.gaps()).extracting(SegmentAssessment::segmentId).containsExactly("c");
        assertThat(analysis.weak()).extracting(SegmentAssessment::segmentId).containsExactly("e");
        assertThat(analysis.leafCount(SegmentStatus.POTENTIAL)).isEqualTo(2);
    }

    @Test
    void aBlankSegmentNextToAStrongOneIsAnExtensionCandidateInBothDirections() {
        GapAnalysis analysis = analyse(SupplyTotals.NONE, List.of());

        // c feeds b (strong) and b feeds c; e → d concerns no blank segment
        assertThat(analysis.extensionCandidates()).containsExactly(
                new ExtensionCandidate("c", List.of("b"), List.of("b")));
    }

    @Test
    void keySegmentsBoughtOnlyFromOutsideOrFromOneSupplierAreDependencies() {
        List<KeyInput> inputs = List.of(
                new KeyInput("a", 2, List.of(new KeyInput.InputSupplier("X", false, 2, 30.0),
                        new KeyInput.InputSupplier("Y", true, 1, 10.0))),
                new KeyInput("c", 3, List.of(new KeyInput.InputSupplier("W", false, 1, null),
                        new KeyInput.InputSupplier("Z", false, 3, 50.0))),
                new KeyInput("d", 1, List.of(new KeyInput.InputSupplier("V", true, 1, 5.0))),
                // b is no key link: never a dependency however it is supplied
                new KeyInput("b", 1, List.of(new KeyInput.InputSupplier("Q", false, 1, 5.0))));

        GapAnalysis analysis = analyse(SupplyTotals.NONE, inputs);

        assertThat(analysis.externalDependencies()).containsExactly(
                new ExternalDependency("c", List.of(DependencyKind.OUTSIDE_ONLY), 3, 50.0,
                        List.of(new KeyInput.InputSupplier("Z", false, 3, 50.0),
                                new KeyInput.InputSupplier("W", false, 1, null))),
                new ExternalDependency("d", List.of(DependencyKind.SINGLE_SUPPLIER), 1, null,
                        List.of(new KeyInput.InputSupplier("V", true, 1, 5.0))));
    }

    @Test
    void aSingleOutsideSupplierIsBothKinds() {
        List<KeyInput> inputs = List.of(new KeyInput("a", 4, List.of(new KeyInput.InputSupplier("X", false, 4, 70.0))));

        assertThat(analyse(SupplyTotals.NONE, inputs).externalDependencies().getFirst().kinds())
                .containsExactly(DependencyKind.OUTSIDE_ONLY, DependencyKind.SINGLE_SUPPLIER);
    }

    @Test
    void localSupplyRateIsByValueWhenEveryEdgeHasOne() {
        LocalSupply supply = analyse(new SupplyTotals(4, 1, 4, 200, 50), List.of()).localSupply();

        assertThat(supply).isEqualTo(new LocalSupply(0.25, SupplyRateBasis.VALUE, 4, 1));
    }

    @Test
    void localSupplyRateIsByCountWhenSomeValueIsMissing() {
        assertThat(LocalSupply.of(new SupplyTotals(4, 3, 3, 200, 190)))
                .isEqualTo(new LocalSupply(0.75, SupplyRateBasis.COUNT, 4, 3));
        assertThat(LocalSupply.of(new SupplyTotals(3, 1, 3, 0, 0)).basis()).isEqualTo(SupplyRateBasis.COUNT);
        assertThat(LocalSupply.of(new SupplyTotals(3, 1, 3, 0, 0)).rate()).isEqualTo(0.3333);
    }

    @Test
    void localSupplyRateIsNullWithoutSupplyData() {
        assertThat(LocalSupply.of(SupplyTotals.NONE)).isEqualTo(new LocalSupply(null, null, 0, 0));
    }

    private static GapAnalysis analyse(SupplyTotals supply, List<KeyInput> inputs) {
        return GapAnalysis.of(SegmentScoringTest.CHAIN, FLOWS, supply, inputs, AnalysisConfig.DEFAULTS);
    }
}
