package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.SegmentRanking.RankedEnterprise;
import cn.liantu.persistence.query.EnterprisePlace;
import cn.liantu.persistence.query.ScopeCriteria;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentRankingTest {

    private static final ScopeCriteria LUOYANG = ScopeCriteria.region("410300", RegionLevel.CITY, "CN");

    private static RankedEnterprise in(String id, String cityCode) {
        return new RankedEnterprise(id, id, 100.0, List.of(), List.of(), List.of(),
                new EnterprisePlace("CN", cityCode.substring(0, 2) + "0000", cityCode, null, null));
    }

    private static final List<RankedEnterprise> BY_REVENUE = List.of(in("A", "410300"), in("B", "320500"),
            in("C", "410300"), in("D", "410100"), in("E", "320500"));

    @Test
    void theFirstOutsideTheScopeSkipItsOwnAndKeepTheOrder() {
        SegmentRanking firstFive = new SegmentRanking("s", "环节", 100, 500, BY_REVENUE, false);

        assertThat(firstFive.firstOutside(LUOYANG::contains, 3).orElseThrow()).extracting(RankedEnterprise::id)
                .containsExactly("B", "D", "E");
        assertThat(firstFive.firstOutside(LUOYANG::contains, 2).orElseThrow()).extracting(RankedEnterprise::id)
                .containsExactly("B", "D");
    }

    @Test
    void aListThatEndsTooEarlyCannotTellUnlessItHoldsTheWholeSegment() {
        SegmentRanking firstFive = new SegmentRanking("s", "环节", 100, 500, BY_REVENUE, false);
        SegmentRanking whole = new SegmentRanking("s", "环节", 100, 500, BY_REVENUE, true);

        assertThat(firstFive.firstOutside(LUOYANG::contains, 4)).isEmpty();
        assertThat(whole.firstOutside(LUOYANG::contains, 4).orElseThrow()).extracting(RankedEnterprise::id)
                .containsExactly("B", "D", "E");
        assertThat(new SegmentRanking("s", "环节", 0, 0, List.of(), true).firstOutside(LUOYANG::contains, 4))
                .contains(List.of());
    }
}
