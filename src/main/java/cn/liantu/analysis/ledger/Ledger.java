package cn.liantu.analysis.ledger;

import java.util.Comparator;
import java.util.List;

/**
 * The 三个一批 ledger: per group and in total, 开工率 = started ÷ signed, 投产率 = producing ÷
 * started, 达效率 = effective ÷ producing, 资金到位率 = funds in place ÷ contracted amount. Pure.
 */
public final class Ledger {

    public static final String TOTAL_KEY = "TOTAL";

    private Ledger() {
    }

    public record Result(List<LedgerRow> groups, LedgerRow total) {
    }

    public static Result of(List<LedgerFigures> groups) {
        List<LedgerRow> rows = groups.stream()
                .map(Ledger::row)
                .sorted(Comparator.comparingDouble(LedgerRow::contractedAmount).reversed()
                        .thenComparing(LedgerRow::key))
                .toList();
        LedgerFigures total = new LedgerFigures(TOTAL_KEY, "合计",
                groups.stream().mapToInt(LedgerFigures::signedCount).sum(),
                groups.stream().mapToInt(LedgerFigures::startedCount).sum(),
                groups.stream().mapToInt(LedgerFigures::producingCount).sum(),
                groups.stream().mapToInt(LedgerFigures::effectiveCount).sum(),
                groups.stream().mapToDouble(LedgerFigures::contractedAmount).sum(),
                groups.stream().mapToDouble(LedgerFigures::fundsInPlace).sum());
        return new Result(rows, row(total));
    }

    static LedgerRow row(LedgerFigures f) {
        return new LedgerRow(f.key(), f.label(), f.signedCount(), f.startedCount(), f.producingCount(),
                f.effectiveCount(), f.contractedAmount(), f.fundsInPlace(), ratio(f.startedCount(), f.signedCount()),
                ratio(f.producingCount(), f.startedCount()), ratio(f.effectiveCount(), f.producingCount()),
                ratio(f.fundsInPlace(), f.contractedAmount()));
    }

    static Double ratio(double part, double whole) {
        return whole == 0 ? null : part / whole;
    }
}
