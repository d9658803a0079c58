package cn.liantu.analysis;

/**
 * What a supply walk needs to know about an enterprise it reached.
 *
 * @param enterpriseId the enterprise
 * @param inScope      whether it is in the scope asked about (false when none was asked)
 * @param inSegment    whether it operates in the segment asked about (true when none was asked)
 * @param revenue      its revenue, 万元
 */
public record NodeFacts(String enterpriseId, boolean inScope, boolean inSegment, Double revenue) {
}
