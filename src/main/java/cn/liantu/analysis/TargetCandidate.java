package cn.liantu.analysis;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ranking;
import java.util.List;

/**
 * An enterprise that could be attracted for one segment, with the evidence the database found.
 *
 * @param enterpriseId       the enterprise
 * @param name               its name, for the reasons
 * @param segmentId          the segment it would fill
 * @param segmentName        the segment's name, for the reasons
 * @param revenue            its revenue, 万元; null when unknown
 * @param segmentTopRevenue  the largest revenue of an operating enterprise in the segment
 * @param segmentRevenue     the revenue of all operating enterprises in the segment
 * @param tags               its qualification tags
 * @param rankings           its places on ranking lists
 * @param leadsChainIn       region names where it leads the chain (链主)
 * @param customersInScope   enterprises in the scope it supplies
 * @param suppliersInScope   enterprises in the scope it buys from
 */
public record TargetCandidate(String enterpriseId, String name, String segmentId, String segmentName, Double revenue,
                              double segmentTopRevenue, double segmentRevenue, List<EnterpriseTag> tags,
                              List<Ranking> rankings, List<String> leadsChainIn, int customersInScope,
                              int suppliersInScope) {
}
