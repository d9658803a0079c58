package cn.liantu.persistence.query;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.RegionLevel;
import org.junit.jupiter.api.Test;

/** The scope test on loaded enterprises, as the statements make it on stored codes. */
class ScopeCriteriaTest {

    private static final EnterprisePlace JIANXI_IN_PARK = new EnterprisePlace("CN", "410000", "410300", "410305",
            "ly-hitech");
    private static final EnterprisePlace UNKNOWN_COUNTY = new EnterprisePlace("CN", "410000", "410300", null, null);

    @Test
    void aRegionComparesTheCodeOfItsLevel() {
        assertThat(ScopeCriteria.region("410300", RegionLevel.CITY, "CN").contains(JIANXI_IN_PARK)).isTrue();
        assertThat(ScopeCriteria.region("410305", RegionLevel.COUNTY, "CN").contains(JIANXI_IN_PARK)).isTrue();
        assertThat(ScopeCriteria.region("410000", RegionLevel.PROVINCE, "CN").contains(JIANXI_IN_PARK)).isTrue();
        assertThat(ScopeCriteria.region("CN", RegionLevel.COUNTRY, "CN").contains(JIANXI_IN_PARK)).isTrue();
        assertThat(ScopeCriteria.region("410305", RegionLevel.COUNTY, "CN").contains(UNKNOWN_COUNTY)).isFalse();
        assertThat(ScopeCriteria.region("410100", RegionLevel.CITY, "CN").contains(JIANXI_IN_PARK)).isFalse();
    }

    @Test
    void aParkComparesTheParkOnly() {
        ScopeCriteria park = ScopeCriteria.park("ly-hitech", "410305", RegionLevel.COUNTY, "CN");

        assertThat(park.contains(JIANXI_IN_PARK)).isTrue();
        assertThat(park.contains(UNKNOWN_COUNTY)).isFalse();
    }
}
