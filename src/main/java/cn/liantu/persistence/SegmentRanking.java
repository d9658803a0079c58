package cn.liantu.persistence;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ranking;
import cn.liantu.persistence.query.EnterprisePlace;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A segment's operating enterprises by revenue (biggest first, unknown revenue last, then by id)
 * with the segment's figures: the same for every scope.
 *
 * @param segmentName    the segment's name, for the reasons
 * @param topRevenue     the biggest revenue of an operating enterprise of the segment
 * @param segmentRevenue the revenue of all of them
 * @param enterprises    the first of them, or all when {@code complete}
 * @param complete       whether {@code enterprises} holds every operating enterprise of the segment
 */
public record SegmentRanking(String segmentId, String segmentName, double topRevenue, double segmentRevenue,
                             List<RankedEnterprise> enterprises, boolean complete) {

    public SegmentRanking {
        enterprises = List.copyOf(enterprises);
    }

    /** An operating enterprise of the segment with what scores it, and where it is. */
    public record RankedEnterprise(String id, String name, Double revenue, List<EnterpriseTag> tags,
                                   List<Ranking> rankings, List<String> leadsChainIn, EnterprisePlace place) {
    }

    /**
     * The first {@code count} enterprises outside the scope, biggest first (fewer when the segment
     * has fewer); empty when the list ends before that many and more may follow it.
     */
    public Optional<List<RankedEnterprise>> firstOutside(Predicate<EnterprisePlace> inScope, int count) {
        List<RankedEnterprise> outside = new ArrayList<>();
        for (RankedEnterprise enterprise : enterprises) {
            if (outside.size() == count) {
                break;
            }
            if (!inScope.test(enterprise.place())) {
                outside.add(enterprise);
            }
        }
        return outside.size() == count || complete ? Optional.of(List.copyOf(outside)) : Optional.empty();
    }
}
