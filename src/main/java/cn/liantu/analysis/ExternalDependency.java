package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A key segment the scope depends on (卡脖子 risk): its local buyers get its products only from
 * outside the scope, or all from a single supplier (or both).
 *
 * @param segmentId     the key segment
 * @param kinds         why: OUTSIDE_ONLY, SINGLE_SUPPLIER
 * @param localBuyerCount local enterprises exposed
 * @param outsideValue  value bought from outside the scope, 万元; null when unknown
 * @param suppliers     the suppliers, biggest value first
 */
public record ExternalDependency(String segmentId, List<DependencyKind> kinds, int localBuyerCount, Double outsideValue,
                                 List<KeyInput.InputSupplier> suppliers) {

    private static final Comparator<KeyInput.InputSupplier> BIGGEST_FIRST = Comparator
            .comparing((KeyInput.InputSupplier s) -> s.value() == null ? 0 : s.value()).reversed()
            .thenComparing(KeyInput.InputSupplier::enterpriseId);

    /** The dependencies among the key segments, in the order of {@code keySegmentIds}. */
    public static List<ExternalDependency> find(List<String> keySegmentIds, List<KeyInput> inputs) {
        Map<String, KeyInput> bySegment = inputs.stream()
                .collect(Collectors.toMap(KeyInput::segmentId, Function.identity(), (a, b) -> a));
        List<ExternalDependency> dependencies = new ArrayList<>();
        for (String segmentId : keySegmentIds) {
            KeyInput input = bySegment.get(segmentId);
            if (input == null || input.suppliers().isEmpty()) {
                continue;
            }
            List<DependencyKind> kinds = new ArrayList<>();
            if (input.suppliers().stream().noneMatch(KeyInput.InputSupplier::inScope)) {
                kinds.add(DependencyKind.OUTSIDE_ONLY);
            }
            if (input.suppliers().size() == 1) {
                kinds.add(DependencyKind.SINGLE_SUPPLIER);
            }
            if (!kinds.isEmpty()) {
                dependencies.add(new ExternalDependency(segmentId, List.copyOf(kinds), input.localBuyerCount(),
                        outsideValue(input.suppliers()), input.suppliers().stream().sorted(BIGGEST_FIRST).toList()));
            }
        }
        return List.copyOf(dependencies);
    }

    private static Double outsideValue(List<KeyInput.InputSupplier> suppliers) {
        Double sum = null;
        for (KeyInput.InputSupplier supplier : suppliers) {
            if (!supplier.inScope() && supplier.value() != null) {
                sum = (sum == null ? 0 : sum) + supplier.value();
            }
        }
        return sum;
    }
}
