package cn.liantu.analysis;

/**
 * The verdict on one segment in a scope (环节评估). BLANK segments have no score and no
 * components. A non-leaf segment is {@code derived} from its leaves and has no indicators.
 */
public record SegmentAssessment(String segmentId, boolean leaf, boolean keyLink, SegmentStatus status, Double score,
                                Double scale, Double linkage, Double tech, boolean derived,
                                int localEnterpriseCount, int nationalEnterpriseCount, double localRevenue,
                                ScoreIndicators indicators) {

    public boolean present() {
        return status != SegmentStatus.BLANK;
    }
}
