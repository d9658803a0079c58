package cn.liantu.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {

    @Test
    void ratesPerGroupAndInTotalWorkedOutByHand() {
        // park A: 4 signed, 3 started, 1 producing, 0 effective; 1,000 contracted, 250 in place
        // park B: 2 signed, 0 started; 3,000 contracted, 0 in place
        Ledger.Result ledger = Ledger.of(List.of(
                new LedgerFigures("a", "A园", 4, 3, 1, 0, 1000, 250),
                new LedgerFigures("b", "B园", 2, 0, 0, 0, 3000, 0)));

        LedgerRow b = ledger.groups().get(0);
        LedgerRow a = ledger.groups().get(1);
        assertThat(b.key()).isEqualTo("b");
        assertThat(b.startRate()).isEqualTo(0.0);
        assertThat(b.productionRate()).isNull();
        assertThat(b.effectiveRate()).isNull();
        assertThat(b.fundsInPlaceRate()).isEqualTo(0.0);
        assertThat(a.startRate()).isEqualTo(0.75);
        assertThat(a.productionRate()).isEqualTo(1.0 / 3);
        assertThat(a.effectiveRate()).isEqualTo(0.0);
        assertThat(a.fundsInPlaceRate()).isEqualTo(0.25);
        // total: 6 signed, 3 started, 1 producing, 0 effective; 250 / 4,000 in place
        assertThat(ledger.total()).isEqualTo(new LedgerRow("TOTAL", "合计", 6, 3, 1, 0, 4000, 250, 0.5, 1.0 / 3,
                0.0, 0.0625));
    }

    @Test
    void anEmptyCohortHasZeroCountsAndNoRates() {
        Ledger.Result ledger = Ledger.of(List.of());

        assertThat(ledger.groups()).isEmpty();
        assertThat(ledger.total()).isEqualTo(new LedgerRow("TOTAL", "合计", 0, 0, 0, 0, 0, 0, null, null, null, null));
    }
}
