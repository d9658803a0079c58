package cn.liantu.analysis;

/**
 * Which reached enterprises a supply chain lists: {@code inside} true keeps only those in the
 * scope, false only those outside, null both; {@code segmentOnly} keeps only those in the segment.
 * Filtering never cuts paths: a tier-2 supplier reached through a filtered-out tier-1 one stays.
 */
public record SupplyChainFilter(Boolean inside, boolean segmentOnly) {

    public static final SupplyChainFilter NONE = new SupplyChainFilter(null, false);

    public boolean keeps(NodeFacts facts) {
        if (inside != null && facts.inScope() != inside) {
            return false;
        }
        return !segmentOnly || facts.inSegment();
    }
}
