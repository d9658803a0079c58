package cn.liantu.importer.generator;

import cn.liantu.domain.ProjectKeyLevel;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.ProjectStage;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An investment project (项目) in a park: its investor, the chain and segments it serves, money
 * (万元), its stage and the date it reached every stage up to it, in pipeline order.
 */
record ProjectPlan(String id, String name, FirmProfile investor, ParkPlan park, String chainId,
                   List<ProjectSegment> segments, double amount, double fundsInPlace, ProjectStage stage,
                   Map<ProjectStage, LocalDate> stageDates, String responsible, ProjectKeyLevel keyLevel,
                   String terminationReason) {
}
