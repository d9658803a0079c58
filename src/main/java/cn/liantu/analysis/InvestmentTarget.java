package cn.liantu.analysis;

import java.util.List;

/** An enterprise outside the scope worth attracting for a segment, its score and why (招商目标). */
public record InvestmentTarget(String enterpriseId, String segmentId, double score, Double revenue,
                               List<TargetReason> reasons) {
}
