package cn.liantu.analysis;

/**
 * What the database counted for one segment of a chain in one scope at one point in time. For a
 * non-leaf segment the counts are over the distinct enterprises of its whole subtree; the
 * linkage and tech figures are only read for leaves.
 *
 * @param segmentId              the segment
 * @param parentId               its parent segment, null for a top-level one
 * @param keyLink                whether it is a key link (关键环节)
 * @param weight                 its weight for weighted completeness, null when it has none
 * @param leaf                   whether it has no children
 * @param localEnterprises       operating enterprises in the scope
 * @param nationalEnterprises    operating enterprises in the scope's country (for a country scope: everywhere)
 * @param localRevenue           their revenue in the scope, 万元
 * @param nationalRevenue        their revenue in the reference area, 万元
 * @param linkedLocalEnterprises local enterprises with a supply tie of the year to a local enterprise of a
 *                               neighbouring segment (one SUPPLIES_TO away, either direction)
 * @param localPatents           patents held by the local enterprises
 * @param localTechEnterprises   local enterprises tagged 高新技术, 专精特新 or 小巨人
 * @param localRdInstitutions    R&D institutions in the scope supporting the segment
 */
public record SegmentFacts(String segmentId, String parentId, boolean keyLink, Double weight, boolean leaf,
                           int localEnterprises, int nationalEnterprises, double localRevenue,
                           double nationalRevenue, int linkedLocalEnterprises, long localPatents,
                           int localTechEnterprises, int localRdInstitutions) {

    /** The weight used for weighted completeness: 1 when the segment carries none. */
    public double effectiveWeight() {
        return weight == null ? 1.0 : weight;
    }
}
