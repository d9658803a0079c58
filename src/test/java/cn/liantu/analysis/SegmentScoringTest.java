package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A chain of two branches: up → {a, b}, mid → {c, e}, and a top-level leaf d. Chain maxima of the
 * indicators: enterprise share 0.5 (d), revenue share 0.2 (b), linked share 1 (b), patents per
 * firm 5 (a), tech share 1 (a, d), R&D institutions 2 (a).
 */
class SegmentScoringTest {

    static final List<SegmentFacts> CHAIN = List.of(
            //            id     parent key   weight leaf  local nat  locRev natRev linked patents tech rd
            new SegmentFacts("up", null, false, null, false, 3, 30, 400, 2500, 0, 0, 0, 0),
            new SegmentFacts("a", "up", true, 2.0, true, 2, 10, 100, 1000, 1, 10, 2, 2),
            new SegmentFacts("b", "up", false, null, true, 1, 20, 300, 1500, 1, 0, 0, 0),
            new SegmentFacts("mid", null, false, null, false, 3, 105, 4, 1700, 0, 0, 0, 0),
            new SegmentFacts("c", "mid", true, 3.0, true, 0, 5, 0, 700, 0, 0, 0, 0),
            new SegmentFacts("e", "mid", false, 1.0, true, 3, 100, 4, 1000, 0, 0, 0, 0),
            new SegmentFacts("d", null, true, null, true, 4, 8, 50, 500, 0, 8, 4, 0));

    private final Map<String, SegmentAssessment> assessed = byId(SegmentScoring.assess(CHAIN, AnalysisConfig.DEFAULTS)
            .assessments());

    @Test
    void aLeafScoresTheWeightedSumOfItsNormalisedComponents() {
        // a: scale = 100·mean(0.2/0.5, 0.1/0.2) = 45; linkage = 100·0.5/1 = 50;
        // tech = 100·mean(5/5, 1/1, 2/2) = 100; score = 0.5·45 + 0.4·50 + 0.1·100 = 52.5
        SegmentAssessment a = assessed.get("a");
        assertThat(a.scale()).isEqualTo(45.0);
        assertThat(a.linkage()).isEqualTo(50.0);
        assertThat(a.tech()).isEqualTo(100.0);
        assertThat(a.score()).isEqualTo(52.5);
        assertThat(a.status()).isEqualTo(SegmentStatus.POTENTIAL);
        assertThat(a.indicators()).isEqualTo(new ScoreIndicators(0.2, 0.1, 0.5, 5, 1, 2));
    }

    @Test
    void statusesFollowTheThresholds() {
        // b: scale = 100·mean(0.05/0.5, 0.2/0.2) = 55, linkage 100, tech 0 → 67.5
        assertThat(assessed.get("b").score()).isEqualTo(67.5);
        assertThat(assessed.get("b").status()).isEqualTo(SegmentStatus.STRONG);
        // d: scale = 100·mean(1, 0.5) = 75, linkage 0, tech = 100·mean(2/5, 1, 0) = 46.7 → 42.17
        assertThat(assessed.get("d").tech()).isEqualTo(46.7);
        assertThat(assessed.get("d").score()).isEqualTo(42.2);
        assertThat(assessed.get("d").status()).isEqualTo(SegmentStatus.POTENTIAL);
        // e: scale = 100·mean(0.03/0.5, 0.004/0.2) = 4, linkage 0, tech 0 → 2
        assertThat(assessed.get("e").score()).isEqualTo(2.0);
        assertThat(assessed.get("e").status()).isEqualTo(SegmentStatus.WEAK);
    }

    @Test
    void aLeafWithoutLocalEnterprisesIsBlankWithoutScore() {
        SegmentAssessment c = assessed.get("c");
        assertThat(c.status()).isEqualTo(SegmentStatus.BLANK);
        assertThat(c.score()).isNull();
        assertThat(c.scale()).isNull();
        assertThat(c.nationalEnterpriseCount()).isEqualTo(5);
    }

    @Test
    void aParentIsTheMeanOfItsLeavesWithBlankLeavesCountingZero() {
        SegmentAssessment up = assessed.get("up");
        assertThat(up.derived()).isTrue();
        assertThat(up.score()).isEqualTo(60.0);   // mean(52.5, 67.5)
        assertThat(up.scale()).isEqualTo(50.0);   // mean(45, 55)
        assertThat(up.linkage()).isEqualTo(75.0); // mean(50, 100)
        assertThat(up.tech()).isEqualTo(50.0);    // mean(100, 0)
        assertThat(up.status()).isEqualTo(SegmentStatus.STRONG);
        assertThat(up.indicators()).isNull();
        SegmentAssessment mid = assessed.get("mid");
        assertThat(mid.score()).isEqualTo(1.0);   // mean(blank 0, 2)
        assertThat(mid.status()).isEqualTo(SegmentStatus.WEAK);
        assertThat(mid.localEnterpriseCount()).isEqualTo(3);
    }

    @Test
    void aParentWhoseLeavesAreAllBlankIsBlank() {
        List<SegmentFacts> chain = List.of(
                new SegmentFacts("p", null, false, null, false, 0, 4, 0, 40, 0, 0, 0, 0),
                new SegmentFacts("x", "p", false, null, true, 0, 4, 0, 40, 0, 0, 0, 0));

        Map<String, SegmentAssessment> result = byId(SegmentScoring.assess(chain, AnalysisConfig.DEFAULTS).assessments());

        assertThat(result.get("p").status()).isEqualTo(SegmentStatus.BLANK);
        assertThat(result.get("p").derived()).isTrue();
        assertThat(result.get("p").score()).isNull();
    }

    @Test
    void indicatorsThatAreZeroEverywhereAreLeftOutOfTheirComponent() {
        // No patents, tech tags or R&D anywhere: tech is 0, not NaN; no supply ties: linkage 0.
        List<SegmentFacts> chain = List.of(
                new SegmentFacts("x", null, false, null, true, 1, 2, 10, 10, 0, 0, 0, 0),
                new SegmentFacts("y", null, false, null, true, 1, 4, 0, 10, 0, 0, 0, 0));

        Map<String, SegmentAssessment> result = byId(SegmentScoring.assess(chain, AnalysisConfig.DEFAULTS).assessments());

        // x: enterprise share 0.5 (max), revenue share 1 (max) → scale 100; y: mean(0.25/0.5, 0/1) → 25
        assertThat(result.get("x").scale()).isEqualTo(100.0);
        assertThat(result.get("x").tech()).isEqualTo(0.0);
        assertThat(result.get("x").score()).isEqualTo(50.0);
        assertThat(result.get("y").scale()).isEqualTo(25.0);
        assertThat(result.get("y").score()).isEqualTo(12.5);
    }

    @Test
    void theMaximaUsedForNormalisingAreReported() {
        ScoreIndicators maxima = SegmentScoring.assess(CHAIN, AnalysisConfig.DEFAULTS).maxima();

        assertThat(maxima).isEqualTo(new ScoreIndicators(0.5, 0.2, 1, 5, 1, 2));
    }

    @Test
    void thresholdsAreInclusiveAndConfigurable() {
        AnalysisConfig config = AnalysisConfig.DEFAULTS;
        assertThat(config.statusOf(55.0)).isEqualTo(SegmentStatus.STRONG);
        assertThat(config.statusOf(54.9)).isEqualTo(SegmentStatus.POTENTIAL);
        assertThat(config.statusOf(30.0)).isEqualTo(SegmentStatus.POTENTIAL);
        assertThat(config.statusOf(29.9)).isEqualTo(SegmentStatus.WEAK);

        AnalysisConfig strict = new AnalysisConfig(1, 0, 0, 90, 50, TargetWeights.DEFAULTS);
        Map<String, SegmentAssessment> result = byId(SegmentScoring.assess(CHAIN, strict).assessments());
        assertThat(result.get("d").score()).isEqualTo(75.0); // scale only
        assertThat(result.get("d").status()).isEqualTo(SegmentStatus.POTENTIAL);
    }

    @Test
    void inconsistentSettingsAreRejected() {
        assertThatThrownBy(() -> new AnalysisConfig(0.5, 0.4, 0.1, 30, 55, TargetWeights.DEFAULTS))
                .hasMessageContaining("potential <= strong");
        assertThatThrownBy(() -> new AnalysisConfig(0, 0, 0, 55, 30, TargetWeights.DEFAULTS))
                .hasMessageContaining("positive sum");
    }

    static Map<String, SegmentAssessment> byId(List<SegmentAssessment> assessments) {
        return assessments.stream().collect(Collectors.toMap(SegmentAssessment::segmentId, Function.identity()));
    }
}
