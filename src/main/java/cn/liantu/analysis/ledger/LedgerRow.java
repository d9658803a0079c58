package cn.liantu.analysis.ledger;

/** A ledger row: the figures and the KPIs derived from them (null when a denominator is 0). */
public record LedgerRow(String key, String label, int signedCount, int startedCount, int producingCount,
                        int effectiveCount, double contractedAmount, double fundsInPlace, Double startRate,
                        Double productionRate, Double effectiveRate, Double fundsInPlaceRate) {
}
