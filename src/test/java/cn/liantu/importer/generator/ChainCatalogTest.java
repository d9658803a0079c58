package cn.liantu.importer.generator;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.SegmentFlow;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ChainCatalogTest {

    @Test
    void everyTemplateMakes15To25SegmentsWithOrWithoutItsGroupLevel() {
        for (ChainTemplate template : ChainTemplates.ALL) {
            int roots = template.roots().size();
            assertThat(roots + template.leafCount()).as(template.id() + " with 2 levels").isBetween(15, 25);
            assertThat(roots + template.groupCount() + template.leafCount()).as(template.id() + " with 3 levels")
                    .isBetween(15, 25);
        }
    }

    @Test
    void drawsFiveToTenChainsWhoseLeafFlowsStayInTheChain() {
        for (long seed = 1; seed <= 40; seed++) {
            ChainCatalog catalog = ChainCatalogGenerator.generate(seed);
            assertThat(catalog.chainCount()).isBetween(5, 10);
            Map<String, ChainSegment> byId = catalog.segments().stream()
                    .collect(Collectors.toMap(ChainSegment::id, Function.identity()));
            for (SegmentFlow flow : catalog.flows()) {
                ChainSegment from = byId.get(flow.fromId());
                ChainSegment to = byId.get(flow.toId());
                assertThat(from.leaf()).isTrue();
                assertThat(to.leaf()).isTrue();
                assertThat(from.chainId()).isEqualTo(to.chainId());
            }
            for (int leaf = 0; leaf < catalog.leafCount(); leaf++) {
                assertThat(catalog.leaf(leaf).index()).isEqualTo(leaf);
                assertThat(catalog.leaf(leaf).products()).hasSizeBetween(2, 3);
                assertThat(catalog.chains().get(catalog.chainOfLeaf(leaf)).id())
                        .isEqualTo(catalog.leaf(leaf).segment().chainId());
            }
        }
    }

    @Test
    void theSameSeedDrawsTheSameChains() {
        assertThat(ChainCatalogGenerator.generate(7).segments())
                .isEqualTo(ChainCatalogGenerator.generate(7).segments());
        assertThat(ChainCatalogGenerator.generate(7).flows()).isEqualTo(ChainCatalogGenerator.generate(7).flows());
    }
}
