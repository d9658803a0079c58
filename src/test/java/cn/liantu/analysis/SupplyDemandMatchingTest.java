package cn.liantu.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SupplyDemandMatchingTest {

    private static final List<InputNeed> NEEDS = List.of(
            new InputNeed("B1", "买方一", "S", "正极材料", 2, 3, 300.0, List.of("磷酸铁锂"), List.of("L2")),
            new InputNeed("B2", "买方二", "S", "正极材料", 1, 1, 100.0, List.of(), List.of()),
            new InputNeed("B1", "买方一", "T", "隔膜", 1, 2, null, List.of("湿法隔膜"), List.of()));
    private static final Map<String, List<LocalSupplier>> SUPPLIERS = Map.of(
            "S", List.of(new LocalSupplier("L1", "本地一", "S", 50.0), new LocalSupplier("L2", "本地二", "S", 80.0),
                    new LocalSupplier("B2", "买方二", "S", 10.0)),
            "T", List.of(new LocalSupplier("L3", "本地三", "T", 5.0)));

    @Test
    void pairsAreRankedByWhatIsBoughtFromOutsideThenBySupplierSize() {
        List<SupplyDemandMatch> matches = SupplyDemandMatching.match(NEEDS, SUPPLIERS, 10);

        // B1 buys 300 from outside (L2 already supplies it), B2 buys 100 (and cannot supply itself),
        // B1's T input has no value and comes last
        assertThat(matches).extracting(m -> m.buyerId() + ">" + m.supplierId() + ":" + m.segmentId())
                .containsExactly("B1>L1:S", "B1>B2:S", "B2>L2:S", "B2>L1:S", "B1>L3:T");
    }

    @Test
    void theReasonSaysWhatIsBoughtAndWhoCouldSupplyIt() {
        SupplyDemandMatch first = SupplyDemandMatching.match(NEEDS, SUPPLIERS, 1).getFirst();

        assertThat(first.reason()).isEqualTo("买方一 buys 正极材料 products (磷酸铁锂) worth 300 万元 from 2 suppliers "
                + "outside the scope; 本地一 works in 正极材料 in the scope and does not supply it yet");
        assertThat(first.outsideValue()).isEqualTo(300.0);
        assertThat(first.outsideSupplierCount()).isEqualTo(2);
    }

    @Test
    void noLocalSupplierMeansNoMatch() {
        assertThat(SupplyDemandMatching.match(NEEDS, Map.of(), 10)).isEmpty();
    }
}
