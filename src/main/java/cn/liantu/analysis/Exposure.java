package cn.liantu.analysis;

import java.util.List;
import java.util.Map;

/**
 * If an enterprise stopped: the enterprises in the scope downstream of it, each at its nearest
 * tier with its path and revenue, and their count and revenue in total.
 */
public record Exposure(List<Affected> affected, int affectedCount, double affectedRevenue) {

    /** An enterprise in the scope that would lose (part of) its supply. */
    public record Affected(String enterpriseId, int tier, List<String> path, Double revenue, Double value,
                           List<String> products) {
    }

    public static Exposure of(List<TierEntry> downstream, Map<String, NodeFacts> facts) {
        List<Affected> affected = downstream.stream()
                .filter(e -> SupplyChainView.factsOf(facts, e.enterpriseId()).inScope())
                .map(e -> new Affected(e.enterpriseId(), e.tier(), e.path(),
                        SupplyChainView.factsOf(facts, e.enterpriseId()).revenue(), e.linkValue(), e.products()))
                .toList();
        double revenue = affected.stream().mapToDouble(a -> a.revenue() == null ? 0 : a.revenue()).sum();
        return new Exposure(affected, affected.size(), Numbers.round4(revenue));
    }
}
