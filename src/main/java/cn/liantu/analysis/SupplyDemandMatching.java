package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Pairs each local buyer's outside purchases of a segment's products with the local enterprises
 * of that segment that do not supply it yet. Ranked by the value bought from outside (what could
 * be localised), then the number of outside edges, then the supplier's revenue, then ids.
 */
public final class SupplyDemandMatching {

    private record Ranked(SupplyDemandMatch match, int outsideEdges, double supplierRevenue) {
    }

    private static final Comparator<Ranked> ORDER = Comparator
            .comparingDouble((Ranked r) -> r.match().outsideValue() == null ? 0 : r.match().outsideValue()).reversed()
            .thenComparing(Ranked::outsideEdges, Comparator.reverseOrder())
            .thenComparing(Ranked::supplierRevenue, Comparator.reverseOrder())
            .thenComparing(r -> r.match().buyerId())
            .thenComparing(r -> r.match().supplierId())
            .thenComparing(r -> r.match().segmentId());

    private SupplyDemandMatching() {
    }

    public static List<SupplyDemandMatch> match(List<InputNeed> needs, Map<String, List<LocalSupplier>> suppliersBySegment,
                                                int first) {
        List<Ranked> ranked = new ArrayList<>();
        for (InputNeed need : needs) {
            for (LocalSupplier supplier : suppliersBySegment.getOrDefault(need.segmentId(), List.of())) {
                if (supplier.enterpriseId().equals(need.buyerId())
                        || need.currentLocalSupplierIds().contains(supplier.enterpriseId())) {
                    continue;
                }
                SupplyDemandMatch match = new SupplyDemandMatch(need.buyerId(), supplier.enterpriseId(),
                        need.segmentId(), need.outsideValue(), need.outsideSuppliers(), need.products(),
                        reason(need, supplier));
                ranked.add(new Ranked(match, need.outsideEdges(), supplier.revenue() == null ? 0 : supplier.revenue()));
            }
        }
        return ranked.stream().sorted(ORDER).limit(first).map(Ranked::match).toList();
    }

    private static String reason(InputNeed need, LocalSupplier supplier) {
        String value = need.outsideValue() == null ? ""
                : String.format(Locale.ROOT, " worth %.0f 万元", need.outsideValue());
        String products = need.products().isEmpty() ? "" : " (" + String.join(", ", need.products()) + ")";
        return String.format(Locale.ROOT, "%s buys %s products%s%s from %d supplier%s outside the scope; %s works in %s "
                        + "in the scope and does not supply it yet",
                need.buyerName(), need.segmentName(), products, value, need.outsideSuppliers(),
                need.outsideSuppliers() == 1 ? "" : "s", supplier.name(), need.segmentName());
    }
}
