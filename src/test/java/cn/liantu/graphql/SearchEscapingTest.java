package cn.liantu.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchEscapingTest {

    @Test
    void luceneSyntaxIsSearchedAsPlainText() {
        assertThat(SearchFetchers.escape("轴承 AND (钢*")).isEqualTo("轴承 and \\(钢\\*");
        assertThat(SearchFetchers.escape("a:b \"c\"")).isEqualTo("a\\:b \\\"c\\\"");
    }
}
