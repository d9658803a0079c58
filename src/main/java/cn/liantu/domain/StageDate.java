package cn.liantu.domain;

import java.time.LocalDate;

/** The date a project reached a stage. */
public record StageDate(ProjectStage stage, LocalDate date) {
}
