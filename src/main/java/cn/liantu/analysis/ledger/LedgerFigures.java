package cn.liantu.analysis.ledger;

/**
 * The raw figures of one ledger group as the database counts them: projects signed in the cohort
 * and how many of them reached each later stage, with their amounts.
 */
public record LedgerFigures(String key, String label, int signedCount, int startedCount, int producingCount,
                            int effectiveCount, double contractedAmount, double fundsInPlace) {
}
