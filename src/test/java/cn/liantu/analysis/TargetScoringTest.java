package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.RankingList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Default points: strength 40, 5 per tag up to 15, rankings 20/15/10, leader 15, 5 per tie up to 20. */
class TargetScoringTest {

    private static final List<Ranking> TWO_RANKINGS = List.of(new Ranking(RankingList.INDUSTRY_TOP_50, 2025, 3),
            new Ranking(RankingList.CHINA_500, 2024, 100));

    private static final TargetCandidate E_IN_CATHODE = new TargetCandidate("E", "易能", "cathode", "正极材料", 500.0,
            1000, 2000, List.of(EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED), TWO_RANKINGS, List.of("宁德市"),
            2, 1);
    private static final TargetCandidate E_IN_ANODE = new TargetCandidate("E", "易能", "anode", "负极材料", 500.0,
            500, 1000, List.of(EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED), TWO_RANKINGS, List.of("宁德市"),
            2, 1);
    private static final TargetCandidate U = new TargetCandidate("U", "优材", "cathode", "正极材料", 100.0, 1000, 2000,
            List.of(EnterpriseTag.HIGH_TECH, EnterpriseTag.SPECIALIZED, EnterpriseTag.LITTLE_GIANT,
                    EnterpriseTag.GAZELLE), List.of(), List.of(), 5, 0);
    private static final TargetCandidate X = new TargetCandidate("X", "新星", "cathode", "正极材料", 975.0, 1000, 2000,
            List.of(), List.of(), List.of(), 0, 0);
    private static final TargetCandidate W = new TargetCandidate("W", "无名", "cathode", "正极材料", null, 1000, 2000,
            List.of(), List.of(), List.of(), 0, 0);

    @Test
    void everyFactorGivesItsPointsWithEvidence() {
        InvestmentTarget target = TargetScoring.score(E_IN_CATHODE, TargetWeights.DEFAULTS);

        // strength 40·500/1000 = 20; 2 tags = 10; best list 中国500强 = 15; leader 15; 3 ties = 15
        assertThat(target.score()).isEqualTo(75.0);
        assertThat(target.reasons()).containsExactly(
                new TargetReason(TargetFactor.STRENGTH, 20.0,
                        "revenue 500 万元 in 正极材料: 25.0% of the segment's revenue, 50.0% of its biggest firm"),
                new TargetReason(TargetFactor.TAGS, 10.0, "tags HIGH_TECH, SPECIALIZED"),
                new TargetReason(TargetFactor.RANKING, 15.0, "CHINA_500 2024 #100"),
                new TargetReason(TargetFactor.CHAIN_LEADER, 15.0, "chain leader (链主) in 宁德市"),
                new TargetReason(TargetFactor.SUPPLY_TIES, 15.0,
                        "supplies 2 and buys from 1 enterprises in the scope (以商招商)"));
    }

    @Test
    void tagsAndTiesAreCapped() {
        InvestmentTarget target = TargetScoring.score(U, TargetWeights.DEFAULTS);

        // strength 40·100/1000 = 4; 4 tags → 20 capped at 15; 5 ties → 25 capped at 20
        assertThat(target.reasons()).extracting(TargetReason::points).containsExactly(4.0, 15.0, 20.0);
        assertThat(target.score()).isEqualTo(39.0);
    }

    @Test
    void aFirmWithoutEvidenceScoresZeroWithoutReasons() {
        InvestmentTarget target = TargetScoring.score(W, TargetWeights.DEFAULTS);

        assertThat(target.score()).isZero();
        assertThat(target.reasons()).isEmpty();
    }

    @Test
    void eachFirmAppearsOnceForItsBestSegment() {
        List<InvestmentTarget> ranked = TargetScoring.rank(List.of(U, E_IN_CATHODE, W, X, E_IN_ANODE),
                TargetWeights.DEFAULTS, 3);

        // E in anode: strength 40 (biggest firm) + 55 = 95; X 39 and U 39 tie, X has more revenue
        assertThat(ranked).extracting(InvestmentTarget::enterpriseId).containsExactly("E", "X", "U");
        assertThat(ranked.getFirst().segmentId()).isEqualTo("anode");
        assertThat(ranked.getFirst().score()).isEqualTo(95.0);
        assertThat(ranked.get(1).score()).isEqualTo(39.0);
    }

    @Test
    void customWeightsChangeTheOrder() {
        TargetWeights tiesOnly = new TargetWeights(0, 0, 0, 0, 0, 0, 0, 10, 100);

        List<InvestmentTarget> ranked = TargetScoring.rank(List.of(X, U, E_IN_CATHODE), tiesOnly, 10);

        // U 5 ties = 50, E 3 ties = 30, X none = 0
        assertThat(ranked).extracting(InvestmentTarget::enterpriseId).containsExactly("U", "E", "X");
        assertThat(ranked).extracting(InvestmentTarget::score).containsExactly(50.0, 30.0, 0.0);
    }
}
