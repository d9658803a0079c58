package cn.liantu.analysis.ledger;

import static cn.liantu.domain.ProjectStage.EFFECTIVE;
import static cn.liantu.domain.ProjectStage.NEGOTIATING;
import static cn.liantu.domain.ProjectStage.PRODUCING;
import static cn.liantu.domain.ProjectStage.RESERVE;
import static cn.liantu.domain.ProjectStage.SIGNED;
import static cn.liantu.domain.ProjectStage.STARTED;
import static cn.liantu.domain.ProjectStage.TERMINATED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.StageDate;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageMoveTest {

    private static final List<StageDate> SIGNED_IN_MARCH = List.of(
            new StageDate(RESERVE, LocalDate.of(2025, 1, 5)), new StageDate(SIGNED, LocalDate.of(2025, 3, 1)));

    @Test
    void theNextStageOnOrAfterThePreviousDateIsAllowed() {
        assertThat(StageMove.problem(SIGNED, SIGNED_IN_MARCH, STARTED, LocalDate.of(2025, 3, 1))).isEmpty();
        assertThat(StageMove.problem(RESERVE, List.of(), NEGOTIATING, LocalDate.of(2020, 1, 1))).isEmpty();
    }

    @Test
    void skippingGoingBackOrStayingIsRefusedNamingTheNextStage() {
        assertThat(StageMove.problem(SIGNED, SIGNED_IN_MARCH, PRODUCING, LocalDate.of(2025, 5, 1)))
                .contains("A project at SIGNED can only move to STARTED (one step at a time), not to PRODUCING");
        assertThat(StageMove.problem(SIGNED, SIGNED_IN_MARCH, NEGOTIATING, LocalDate.of(2025, 5, 1)))
                .contains("A project at SIGNED can only move to STARTED (one step at a time), not to NEGOTIATING");
        assertThat(StageMove.problem(EFFECTIVE, List.of(), EFFECTIVE, LocalDate.of(2025, 5, 1)))
                .contains("A project at EFFECTIVE can only move to no further stage, not to EFFECTIVE");
    }

    @Test
    void aDateBeforeTheLatestStageDateIsRefused() {
        assertThat(StageMove.problem(SIGNED, SIGNED_IN_MARCH, STARTED, LocalDate.of(2025, 2, 28)))
                .contains("The date 2025-02-28 is before the SIGNED date 2025-03-01");
    }

    @Test
    void terminationEndsAnyStageButEffectiveAndNothingFollowsIt() {
        assertThat(StageMove.problem(SIGNED, SIGNED_IN_MARCH, TERMINATED, LocalDate.of(2025, 4, 1))).isEmpty();
        assertThat(StageMove.problem(EFFECTIVE, List.of(), TERMINATED, LocalDate.of(2025, 4, 1)))
                .contains("An EFFECTIVE project has reached its goal and cannot be terminated");
        assertThat(StageMove.problem(TERMINATED, List.of(), STARTED, LocalDate.of(2025, 4, 1)))
                .contains("The project is terminated and moves no further");
    }
}
