package cn.liantu.analysis.park;

/** A park's scorecard; see the GraphQL type ParkScore for each figure's meaning. */
public record ParkScore(String parkId, Double taxPerMu, Double targetTaxPerMu, Boolean targetMet,
                        Double leadingChainShare, Boolean oneLeadingIndustry, ParkClass parkClass, Integer rank,
                        int enterpriseCount, double totalTax, double totalLandMu, double totalRevenue) {
}
