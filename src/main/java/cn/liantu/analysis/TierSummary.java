package cn.liantu.analysis;

/**
 * One tier of a supply walk in figures.
 *
 * @param tier              the tier
 * @param enterpriseCount   enterprises listed at this tier
 * @param inScopeCount      of them in the scope; null when no scope was asked about
 * @param value             value of their last links, 万元 (unknown values left out)
 */
public record TierSummary(int tier, int enterpriseCount, Integer inScopeCount, double value) {
}
