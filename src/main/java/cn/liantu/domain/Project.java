package cn.liantu.domain;

import java.time.LocalDate;
import java.util.List;

/** An investment project (项目) with the dates of the stages it has reached. */
public record Project(String id, String name, String investorId, String parkId, String regionCode, String chainId,
                     Double amount, Double fundsInPlace, ProjectStage stage, List<StageDate> stageDates,
                     String responsible, ProjectKeyLevel keyLevel, String terminationReason, int version) {

    public LocalDate signedOn() {
        return dateOf(ProjectStage.SIGNED);
    }

    public LocalDate stageDate() {
        return dateOf(stage);
    }

    public LocalDate dateOf(ProjectStage wanted) {
        return stageDates.stream().filter(d -> d.stage() == wanted).map(StageDate::date).findFirst().orElse(null);
    }
}
