package cn.liantu.service;

import cn.liantu.analysis.SupplyDirection;
import cn.liantu.analysis.TierSummary;
import cn.liantu.domain.Enterprise;
import java.util.List;

/**
 * An enterprise's suppliers or customers tier by tier. {@code totalCount} counts every entry the
 * filter keeps; {@code entries} holds at most the number asked for.
 */
public record SupplyChainReport(Enterprise root, SupplyDirection direction, int maxTiers, Integer year,
                                AnalysisScope scope, int totalCount, List<Entry> entries, List<TierSummary> tiers) {

    /** One enterprise reached: its tier, the path from the root, the last link, and whether it is in the scope. */
    public record Entry(String enterpriseId, int tier, List<String> path, Double value, List<String> products,
                        Boolean inScope) {
    }
}
