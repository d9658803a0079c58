package cn.liantu.analysis;

import java.util.List;

/**
 * An enterprise reached from the root at its nearest tier (层级), through one path.
 *
 * @param enterpriseId the enterprise
 * @param tier         1 for a direct supplier or customer, 2 for theirs, …
 * @param path         the enterprise ids from the root to this one, both included
 * @param linkValue    value of the last link of the path, 万元; null when unknown
 * @param products     products on the last link
 */
public record TierEntry(String enterpriseId, int tier, List<String> path, Double linkValue, List<String> products) {
}
