package cn.liantu.analysis;

import cn.liantu.domain.SegmentFlow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A 延链 candidate: a BLANK segment one SUPPLIES_TO step from a STRONG one.
 *
 * @param segmentId the blank segment
 * @param feeds     STRONG segments it would supply (extending the chain upstream)
 * @param fedBy     STRONG segments that would supply it (extending the chain downstream)
 */
public record ExtensionCandidate(String segmentId, List<String> feeds, List<String> fedBy) {

    /** The candidates in the order of {@code assessments} (the chain's segment order). */
    public static List<ExtensionCandidate> find(List<SegmentAssessment> assessments, List<SegmentFlow> flows) {
        Map<String, SegmentStatus> status = assessments.stream()
                .collect(Collectors.toMap(SegmentAssessment::segmentId, SegmentAssessment::status));
        Function<String, Boolean> strong = id -> status.get(id) == SegmentStatus.STRONG;
        List<ExtensionCandidate> candidates = new ArrayList<>();
        for (SegmentAssessment assessment : assessments) {
            if (assessment.status() != SegmentStatus.BLANK) {
                continue;
            }
            String id = assessment.segmentId();
            List<String> feeds = flows.stream().filter(f -> f.fromId().equals(id) && strong.apply(f.toId()))
                    .map(SegmentFlow::toId).distinct().toList();
            List<String> fedBy = flows.stream().filter(f -> f.toId().equals(id) && strong.apply(f.fromId()))
                    .map(SegmentFlow::fromId).distinct().toList();
            if (!feeds.isEmpty() || !fedBy.isEmpty()) {
                candidates.add(new ExtensionCandidate(id, feeds, fedBy));
            }
        }
        return List.copyOf(candidates);
    }
}
