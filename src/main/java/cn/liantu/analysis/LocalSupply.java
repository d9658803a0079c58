package cn.liantu.analysis;

/**
 * 本地配套率: the share of what the scope's enterprises buy that comes from suppliers in the
 * scope. By value when every edge carries a value (and the total is positive), by number of
 * edges otherwise, so missing values never tilt the rate; null without any edge.
 */
public record LocalSupply(Double rate, SupplyRateBasis basis, int edges, int localEdges) {

    public static LocalSupply of(SupplyTotals totals) {
        if (totals.edges() == 0) {
            return new LocalSupply(null, null, 0, 0);
        }
        if (totals.valuedEdges() == totals.edges() && totals.value() > 0) {
            return new LocalSupply(Numbers.round4(totals.localValue() / totals.value()), SupplyRateBasis.VALUE,
                    totals.edges(), totals.localEdges());
        }
        return new LocalSupply(Numbers.round4((double) totals.localEdges() / totals.edges()), SupplyRateBasis.COUNT,
                totals.edges(), totals.localEdges());
    }
}
