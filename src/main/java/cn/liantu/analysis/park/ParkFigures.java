package cn.liantu.analysis.park;

/**
 * What the database sums for one park: its operating enterprises' tax, land and revenue, and the
 * revenue of those operating in the park's leading chains.
 */
public record ParkFigures(String parkId, Double targetTaxPerMu, int enterpriseCount, double totalTax,
                          double totalLandMu, double totalRevenue, double leadingChainRevenue) {
}
