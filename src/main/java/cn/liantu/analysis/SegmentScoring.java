package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Scores every segment of a chain in a scope.
 *
 * <p>A leaf with no local enterprise is BLANK. Any other leaf gets three components, each 100 ×
 * the mean of its indicators divided by the indicator's largest value among the chain's leaves
 * (indicators that are 0 on every leaf are left out; a component with none left is 0):
 * scale from the local share of the segment's national enterprises and revenue, linkage from the
 * share of local enterprises tied by supply to local enterprises of a neighbouring segment, tech
 * from patents per enterprise, the share of tech-tagged enterprises and local R&D institutions.
 * The score is the weighted sum; the status follows from the thresholds.
 *
 * <p>A non-leaf segment is BLANK when all its leaves are; otherwise its components and score
 * are the means over its leaves, a BLANK leaf counting 0, and its status follows from that score.
 */
public final class SegmentScoring {

    private SegmentScoring() {
    }

    /** The assessments in the order of {@code segments}, with the chain maxima used for normalising. */
    public record Result(List<SegmentAssessment> assessments, ScoreIndicators maxima) {
    }

    public static Result assess(List<SegmentFacts> segments, AnalysisConfig config) {
        Map<String, ScoreIndicators> indicators = new HashMap<>();
        ScoreIndicators maxima = ScoreIndicators.ZERO;
        for (SegmentFacts facts : segments) {
            if (facts.leaf()) {
                ScoreIndicators own = ScoreIndicators.of(facts);
                indicators.put(facts.segmentId(), own);
                maxima = maxima.max(own);
            }
        }
        Map<String, SegmentAssessment> leaves = new LinkedHashMap<>();
        for (SegmentFacts facts : segments) {
            if (facts.leaf()) {
                leaves.put(facts.segmentId(), assessLeaf(facts, indicators.get(facts.segmentId()), maxima, config));
            }
        }
        Map<String, List<String>> leavesUnder = leavesUnder(segments);
        List<SegmentAssessment> all = new ArrayList<>();
        for (SegmentFacts facts : segments) {
            if (facts.leaf()) {
                all.add(leaves.get(facts.segmentId()));
            } else {
                List<SegmentAssessment> own = leavesUnder.getOrDefault(facts.segmentId(), List.of()).stream()
                        .map(leaves::get).toList();
                all.add(derive(facts, own, config));
            }
        }
        return new Result(List.copyOf(all), maxima.rounded());
    }

    private static SegmentAssessment assessLeaf(SegmentFacts facts, ScoreIndicators own, ScoreIndicators maxima,
                                                AnalysisConfig config) {
        if (facts.localEnterprises() == 0) {
            return blank(facts, own.rounded(), false);
        }
        double scale = Numbers.round1(component(own, maxima, ScoreIndicators::enterpriseShare,
                ScoreIndicators::revenueShare));
        double linkage = Numbers.round1(component(own, maxima, ScoreIndicators::linkedShare));
        double tech = Numbers.round1(component(own, maxima, ScoreIndicators::patentsPerEnterprise,
                ScoreIndicators::techEnterpriseShare, ScoreIndicators::rdInstitutions));
        double score = Numbers.round1(config.score(scale, linkage, tech));
        return new SegmentAssessment(facts.segmentId(), true, facts.keyLink(), config.statusOf(score), score, scale,
                linkage, tech, false, facts.localEnterprises(), facts.nationalEnterprises(), facts.localRevenue(),
                own.rounded());
    }

    @SafeVarargs
    private static double component(ScoreIndicators own, ScoreIndicators maxima,
                                    ToDoubleFunction<ScoreIndicators>... indicators) {
        double sum = 0;
        int counted = 0;
        for (ToDoubleFunction<ScoreIndicators> indicator : indicators) {
            double max = indicator.applyAsDouble(maxima);
            if (max > 0) {
                sum += indicator.applyAsDouble(own) / max;
                counted++;
            }
        }
        return counted == 0 ? 0 : 100 * sum / counted;
    }

    private static SegmentAssessment derive(SegmentFacts facts, List<SegmentAssessment> leaves, AnalysisConfig config) {
        if (leaves.stream().noneMatch(SegmentAssessment::present)) {
            return blank(facts, null, true);
        }
        double scale = Numbers.round1(mean(leaves, SegmentAssessment::scale));
        double linkage = Numbers.round1(mean(leaves, SegmentAssessment::linkage));
        double tech = Numbers.round1(mean(leaves, SegmentAssessment::tech));
        double score = Numbers.round1(mean(leaves, SegmentAssessment::score));
        return new SegmentAssessment(facts.segmentId(), false, facts.keyLink(), config.statusOf(score), score, scale,
                linkage, tech, true, facts.localEnterprises(), facts.nationalEnterprises(), facts.localRevenue(), null);
    }

    private static double mean(List<SegmentAssessment> leaves,
                               Function<SegmentAssessment, Double> value) {
        double sum = 0;
        for (SegmentAssessment leaf : leaves) {
            Double v = value.apply(leaf);
            sum += v == null ? 0 : v;
        }
        return sum / leaves.size();
    }

    private static SegmentAssessment blank(SegmentFacts facts, ScoreIndicators indicators, boolean derived) {
        return new SegmentAssessment(facts.segmentId(), facts.leaf(), facts.keyLink(), SegmentStatus.BLANK, null, null,
                null, null, derived, facts.localEnterprises(), facts.nationalEnterprises(), facts.localRevenue(),
                indicators);
    }

    /** The leaf ids below each non-leaf segment, following parent ids upwards from every leaf. */
    private static Map<String, List<String>> leavesUnder(List<SegmentFacts> segments) {
        Map<String, String> parentOf = new HashMap<>();
        segments.forEach(s -> parentOf.put(s.segmentId(), s.parentId()));
        Map<String, List<String>> under = new HashMap<>();
        for (SegmentFacts facts : segments) {
            if (!facts.leaf()) {
                continue;
            }
            String ancestor = facts.parentId();
            int guard = segments.size();
            while (ancestor != null && guard-- > 0) {
                under.computeIfAbsent(ancestor, a -> new ArrayList<>()).add(facts.segmentId());
                ancestor = parentOf.get(ancestor);
            }
        }
        return under;
    }
}
