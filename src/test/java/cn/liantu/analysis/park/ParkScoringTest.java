package cn.liantu.analysis.park;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParkScoringTest {

    @Test
    void classesFollowRankShareOfTwentyParks() {
        // rank/n: 5/20 = 25% → A; 6/20 = 30% → B; 14/20 = 70% → B; 15/20 = 75% → C; 19/20 = 95% → C; 20/20 → D
        assertThat(ParkScoring.classOf(5, 20)).isEqualTo(ParkClass.A);
        assertThat(ParkScoring.classOf(6, 20)).isEqualTo(ParkClass.B);
        assertThat(ParkScoring.classOf(14, 20)).isEqualTo(ParkClass.B);
        assertThat(ParkScoring.classOf(15, 20)).isEqualTo(ParkClass.C);
        assertThat(ParkScoring.classOf(19, 20)).isEqualTo(ParkClass.C);
        assertThat(ParkScoring.classOf(20, 20)).isEqualTo(ParkClass.D);
    }

    @Test
    void scoresTaxPerMuTargetsAndLeadingChainShareWorkedOutByHand() {
        List<ParkScore> scores = ParkScoring.score(List.of(
                // 2,200 tax on 100 亩 = 22 per 亩 ≥ 11; 600 of 1,000 revenue in its chains = 60%
                new ParkFigures("rich", 11.0, 10, 2200, 100, 1000, 600),
                // 700 on 100 亩 = 7 < 11; 100 of 1,000 = 10%
                new ParkFigures("poor", 11.0, 5, 700, 100, 1000, 100),
                // no land: neither rank nor class nor tax per mu
                new ParkFigures("office", null, 2, 50, 0, 0, 0)), ParkScoring.ONE_INDUSTRY_SHARE);

        assertThat(scores).containsExactly(
                new ParkScore("rich", 22.0, 11.0, true, 0.6, true, ParkClass.B, 1, 10, 2200, 100, 1000),
                new ParkScore("poor", 7.0, 11.0, false, 0.1, false, ParkClass.D, 2, 5, 700, 100, 1000),
                new ParkScore("office", null, null, null, null, null, null, null, 2, 50, 0, 0));
    }
}
