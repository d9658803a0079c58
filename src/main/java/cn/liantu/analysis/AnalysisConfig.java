package cn.liantu.analysis;

/**
 * Weights and thresholds of the chain-gap analysis (defaults from ../shared/DOMAIN.md).
 *
 * @param scaleWeight        weight of the scale component in a segment score
 * @param linkageWeight      weight of the linkage component
 * @param techWeight         weight of the tech component
 * @param strongThreshold    a score at or above this is STRONG (优势)
 * @param potentialThreshold a score at or above this (and below strong) is POTENTIAL (潜力); below is WEAK (薄弱)
 * @param targets            points of the investment-target score
 */
public record AnalysisConfig(double scaleWeight, double linkageWeight, double techWeight, double strongThreshold,
                             double potentialThreshold, TargetWeights targets) {

    public static final AnalysisConfig DEFAULTS = new AnalysisConfig(0.5, 0.4, 0.1, 55, 30, TargetWeights.DEFAULTS);

    public AnalysisConfig {
        if (scaleWeight < 0 || linkageWeight < 0 || techWeight < 0 || scaleWeight + linkageWeight + techWeight <= 0) {
            throw new IllegalArgumentException("Score weights must be non-negative with a positive sum, got "
                    + scaleWeight + "/" + linkageWeight + "/" + techWeight);
        }
        if (potentialThreshold < 0 || potentialThreshold > strongThreshold || strongThreshold > 100) {
            throw new IllegalArgumentException("Thresholds must satisfy 0 <= potential <= strong <= 100, got "
                    + potentialThreshold + " and " + strongThreshold);
        }
        if (targets == null) {
            throw new IllegalArgumentException("Target weights are required");
        }
    }

    /** The status a (rounded) score earns. */
    public SegmentStatus statusOf(double score) {
        if (score >= strongThreshold) {
            return SegmentStatus.STRONG;
        }
        return score >= potentialThreshold ? SegmentStatus.POTENTIAL : SegmentStatus.WEAK;
    }

    /** The weighted score from its components; the weights are used relative to their sum. */
    public double score(double scale, double linkage, double tech) {
        double total = scaleWeight + linkageWeight + techWeight;
        return (scaleWeight * scale + linkageWeight * linkage + techWeight * tech) / total;
    }
}
