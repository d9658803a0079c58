package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.importer.adapters.RegionNameMatcher.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionNameMatcherTest {

    private static final List<Region> REGIONS = List.of(
            region("CN", "中国", RegionLevel.COUNTRY, null),
            region("210000", "辽宁省", RegionLevel.PROVINCE, "CN"),
            region("410000", "河南省", RegionLevel.PROVINCE, "CN"),
            region("650000", "新疆维吾尔自治区", RegionLevel.PROVINCE, "CN"),
            region("211300", "朝阳市", RegionLevel.CITY, "210000"),
            region("211321", "朝阳县", RegionLevel.COUNTY, "211300"),
            region("210100", "沈阳市", RegionLevel.CITY, "210000"),
            region("210112", "浑南区", RegionLevel.COUNTY, "210100"),
            region("410100", "郑州市", RegionLevel.CITY, "410000"),
            region("410122", "中牟县", RegionLevel.COUNTY, "410100"),
            region("410300", "洛阳市", RegionLevel.CITY, "410000"),
            region("410305", "涧西区", RegionLevel.COUNTY, "410300"),
            region("410900", "濮阳市", RegionLevel.CITY, "410000"),
            region("410928", "濮阳县", RegionLevel.COUNTY, "410900"),
            region("411300", "南阳市", RegionLevel.CITY, "410000"),
            region("411302", "新华区", RegionLevel.COUNTY, "411300"),
            region("410400", "平顶山市", RegionLevel.CITY, "410000"),
            region("410402", "新华区", RegionLevel.COUNTY, "410400"),
            region("654000", "伊犁哈萨克自治州", RegionLevel.CITY, "650000"),
            region("654002", "伊宁市", RegionLevel.COUNTY, "654000"),
            region("654021", "伊宁县", RegionLevel.COUNTY, "654000"));

    private final RegionNameMatcher matcher = new RegionNameMatcher(REGIONS);

    @Test
    void aPlaceStartingWithACityNameIsThatCity() {
        assertThat(code("410000", "洛阳")).isEqualTo("410300");
        assertThat(code("410000", "洛阳市")).isEqualTo("410300");
    }

    @Test
    void aCountyNamedAfterTheCityNarrowsItDown() {
        assertThat(code("410000", "郑州中牟汽车")).isEqualTo("410122");
        assertThat(code("410000", "洛阳涧西")).isEqualTo("410305");
    }

    @Test
    void aCountyAloneIsFound() {
        assertThat(code("210000", "浑南")).isEqualTo("210112");
    }

    @Test
    void whenNothingStartsThePlaceANameInsideItCounts() {
        assertThat(code("210000", "中德（沈阳）高端装备制造")).isEqualTo("210100");
    }

    @Test
    void aCityAndItsCountyOfTheSameNameGiveTheCity() {
        assertThat(code("210000", "朝阳")).isEqualTo("211300");
        assertThat(code("410000", "濮阳")).isEqualTo("410900");
        assertThat(code("650000", "伊宁")).isEqualTo("654000");
    }

    @Test
    void countiesOfTheSameNameInDifferentCitiesAreAmbiguous() {
        RegionNameMatcher.Match match = matcher.match("410000", "新华");

        assertThat(match.outcome()).isEqualTo(Outcome.AMBIGUOUS);
        assertThat(match.candidates()).extracting(Region::code).containsExactly("410402", "411302");
    }

    @Test
    void onlyTheGivenProvinceIsSearched() {
        assertThat(matcher.match("410000", "沈阳").outcome()).isEqualTo(Outcome.NOT_MATCHED);
        assertThat(matcher.match("210000", "张江").outcome()).isEqualTo(Outcome.NOT_MATCHED);
    }

    private String code(String province, String place) {
        RegionNameMatcher.Match match = matcher.match(province, place);
        assertThat(match.outcome()).isEqualTo(Outcome.MATCHED);
        return match.region().code();
    }

    private static Region region(String code, String name, RegionLevel level, String parent) {
        return new Region(code, name, level, parent);
    }
}
