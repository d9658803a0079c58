package cn.liantu.analysis;

import cn.liantu.domain.SegmentFlow;
import java.util.List;

/**
 * The chain-gap analysis of one chain in one scope: every segment assessed, completeness, local
 * supply, 延链 candidates and external dependencies. Pure: the facts come from the database.
 */
public record GapAnalysis(List<SegmentAssessment> segments, ScoreIndicators indicatorMaxima,
                          Completeness completeness, LocalSupply localSupply,
                          List<ExtensionCandidate> extensionCandidates, List<ExternalDependency> externalDependencies) {

    public static GapAnalysis of(List<SegmentFacts> segments, List<SegmentFlow> flows, SupplyTotals supply,
                                 List<KeyInput> keyInputs, AnalysisConfig config) {
        SegmentScoring.Result scored = SegmentScoring.assess(segments, config);
        List<String> keySegments = segments.stream().filter(SegmentFacts::keyLink).map(SegmentFacts::segmentId)
                .toList();
        return new GapAnalysis(scored.assessments(), scored.maxima(), Completeness.of(segments, scored.assessments()),
                LocalSupply.of(supply), ExtensionCandidate.find(scored.assessments(), flows),
                ExternalDependency.find(keySegments, keyInputs));
    }

    /** Leaf segments with no local enterprise (空白). */
    public List<SegmentAssessment> gaps() {
        return leavesWith(SegmentStatus.BLANK);
    }

    /** Leaf segments present but weak (薄弱). */
    public List<SegmentAssessment> weak() {
        return leavesWith(SegmentStatus.WEAK);
    }

    public int leafCount(SegmentStatus status) {
        return leavesWith(status).size();
    }

    private List<SegmentAssessment> leavesWith(SegmentStatus status) {
        return segments.stream().filter(s -> s.leaf() && s.status() == status).toList();
    }
}
