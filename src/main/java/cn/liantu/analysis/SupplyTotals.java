package cn.liantu.analysis;

/**
 * Supply edges of one year into the scope's enterprises that deliver to a chain (see
 * {@link LocalChainFacts}).
 *
 * @param edges       all such edges
 * @param localEdges  those whose supplier is in the scope too
 * @param valuedEdges those that carry a value
 * @param value       the sum of the values, 万元
 * @param localValue  the sum of the values of local edges, 万元
 */
public record SupplyTotals(int edges, int localEdges, int valuedEdges, double value, double localValue) {

    public static final SupplyTotals NONE = new SupplyTotals(0, 0, 0, 0, 0);
}
