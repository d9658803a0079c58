package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionNamesTest {

    @Test
    void shortNamesDropTheAdministrativeSuffix() {
        assertThat(RegionNames.shortName("洛阳市")).isEqualTo("洛阳");
        assertThat(RegionNames.shortName("浦东新区")).isEqualTo("浦东");
        assertThat(RegionNames.shortName("中牟县")).isEqualTo("中牟");
        assertThat(RegionNames.shortName("阿拉善盟")).isEqualTo("阿拉善");
        assertThat(RegionNames.shortName("大兴安岭地区")).isEqualTo("大兴安岭");
        assertThat(RegionNames.shortName("神农架林区")).isEqualTo("神农架");
        assertThat(RegionNames.shortName("达拉特旗")).isEqualTo("达拉特");
    }

    @Test
    void autonomousRegionsAlsoDropThePeoplesNamed() {
        assertThat(RegionNames.shortName("昌吉回族自治州")).isEqualTo("昌吉");
        assertThat(RegionNames.shortName("海西蒙古族藏族自治州")).isEqualTo("海西");
        assertThat(RegionNames.shortName("克孜勒苏柯尔克孜自治州")).isEqualTo("克孜勒苏");
        assertThat(RegionNames.shortName("大通回族土族自治县")).isEqualTo("大通");
        assertThat(RegionNames.shortName("鄂伦春自治旗")).isEqualTo("鄂伦春");
    }

    @Test
    void aShortNameKeepsTwoCharacters() {
        assertThat(RegionNames.shortName("息县")).isEqualTo("息县");
        assertThat(RegionNames.aliases("息县")).containsExactly("息县");
        assertThat(RegionNames.aliases("洛阳市")).containsExactly("洛阳市", "洛阳");
    }
}
