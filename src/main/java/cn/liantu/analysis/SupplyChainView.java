package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The reached enterprises a filter keeps, with per-tier figures. */
public record SupplyChainView(List<TierEntry> entries, List<TierSummary> tiers) {

    public static SupplyChainView of(List<TierEntry> walked, Map<String, NodeFacts> facts, SupplyChainFilter filter,
                                     boolean scopeAsked) {
        List<TierEntry> kept = walked.stream().filter(e -> filter.keeps(factsOf(facts, e.enterpriseId()))).toList();
        List<TierSummary> tiers = new ArrayList<>();
        int maxTier = kept.stream().mapToInt(TierEntry::tier).max().orElse(0);
        for (int tier = 1; tier <= maxTier; tier++) {
            int t = tier;
            List<TierEntry> at = kept.stream().filter(e -> e.tier() == t).toList();
            int inScope = (int) at.stream().filter(e -> factsOf(facts, e.enterpriseId()).inScope()).count();
            double value = at.stream().mapToDouble(e -> e.linkValue() == null ? 0 : e.linkValue()).sum();
            tiers.add(new TierSummary(tier, at.size(), scopeAsked ? inScope : null, Numbers.round4(value)));
        }
        return new SupplyChainView(kept, List.copyOf(tiers));
    }

    static NodeFacts factsOf(Map<String, NodeFacts> facts, String id) {
        return facts.getOrDefault(id, new NodeFacts(id, false, false, null));
    }
}
