package cn.liantu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.LeadingIndustryMatcher.ChainMatch;
import cn.liantu.importer.LeadingIndustryMatcher.ChainTerms;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadingIndustryMatcherTest {

    private static final ChainTerms NEV = new ChainTerms("nev", "新能源汽车", List.of("动力电池", "整车", "电机"));
    private static final ChainTerms MATERIALS = new ChainTerms("materials", "新材料", List.of());
    private static final ChainTerms BEARINGS = new ChainTerms("bearings", "装备制造", List.of("轴承"));
    private static final List<ChainTerms> CHAINS = List.of(NEV, MATERIALS, BEARINGS);

    @Test
    void splitsTheTextIntoTermsOfTwoOrMoreCharacters() {
        assertThat(LeadingIndustryMatcher.terms("汽车、装备制造,新材料；电 / 生物医药")).containsExactly(
                "汽车", "装备制造", "新材料", "生物医药");
        assertThat(LeadingIndustryMatcher.terms(null)).isEmpty();
    }

    @Test
    void aTermMatchesByChainNameHeadWordOrSegment() {
        assertThat(LeadingIndustryMatcher.match("新能源汽车及零部件", CHAINS)).containsExactly(
                new ChainMatch("nev", "新能源汽车及零部件"));
        assertThat(LeadingIndustryMatcher.match("化工、汽车、材料", CHAINS)).containsExactly(
                new ChainMatch("nev", "汽车"), new ChainMatch("materials", "材料"));
        assertThat(LeadingIndustryMatcher.match("轴承、整车", CHAINS)).containsExactly(
                new ChainMatch("nev", "整车"), new ChainMatch("bearings", "轴承"));
        assertThat(LeadingIndustryMatcher.match("动力电池系统", CHAINS)).containsExactly(
                new ChainMatch("nev", "动力电池系统"));
    }

    @Test
    void aTermThatOnlyStartsAChainNameOrHoldsAShortSegmentNameDoesNot() {
        assertThat(LeadingIndustryMatcher.match("能源、新型", CHAINS)).isEmpty();
        assertThat(LeadingIndustryMatcher.match("电机电器", CHAINS)).isEmpty();
        assertThat(LeadingIndustryMatcher.match("", CHAINS)).isEmpty();
    }
}
