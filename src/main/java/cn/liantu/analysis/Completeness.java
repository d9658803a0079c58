package cn.liantu.analysis;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * 产业链完整度: present leaf segments ÷ leaf segments, and the same weighted by segment weight
 * (a segment without a weight weighs 1). A chain without leaves is 0 complete.
 */
public record Completeness(int leafSegmentCount, int presentLeafSegmentCount, double completeness,
                           double weightedCompleteness) {

    public static Completeness of(List<SegmentFacts> segments, List<SegmentAssessment> assessments) {
        Map<String, SegmentAssessment> byId = assessments.stream()
                .collect(Collectors.toMap(SegmentAssessment::segmentId, Function.identity()));
        int leaves = 0;
        int present = 0;
        double weight = 0;
        double presentWeight = 0;
        for (SegmentFacts facts : segments) {
            if (!facts.leaf()) {
                continue;
            }
            leaves++;
            weight += facts.effectiveWeight();
            if (byId.get(facts.segmentId()).present()) {
                present++;
                presentWeight += facts.effectiveWeight();
            }
        }
        return new Completeness(leaves, present, Numbers.round4(Numbers.ratio(present, leaves)),
                Numbers.round4(Numbers.ratio(presentWeight, weight)));
    }
}
