package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks supply links tier by tier from a root, breadth first: each enterprise appears once, at
 * the nearest tier. Of several links from the previous tier, the path keeps the one with the
 * biggest value (unknown counts as 0), then the smallest enterprise id. The root never appears.
 */
public final class SupplyTiers {

    private static final Comparator<TierEntry> ORDER = Comparator.comparingInt(TierEntry::tier)
            .thenComparing(e -> e.linkValue() == null ? Double.NEGATIVE_INFINITY : e.linkValue(),
                    Comparator.reverseOrder())
            .thenComparing(TierEntry::enterpriseId);

    private SupplyTiers() {
    }

    public static List<TierEntry> walk(String rootId, List<SupplyLink> links, SupplyDirection direction, int maxTiers) {
        Map<String, List<SupplyLink>> linksFrom = new HashMap<>();
        for (SupplyLink link : links) {
            String from = direction == SupplyDirection.UPSTREAM ? link.customerId() : link.supplierId();
            linksFrom.computeIfAbsent(from, k -> new ArrayList<>()).add(link);
        }
        Map<String, List<String>> pathTo = new HashMap<>();
        pathTo.put(rootId, List.of(rootId));
        Set<String> visited = new HashSet<>(Set.of(rootId));
        List<String> frontier = List.of(rootId);
        List<TierEntry> entries = new ArrayList<>();
        for (int tier = 1; tier <= maxTiers && !frontier.isEmpty(); tier++) {
            Map<String, TierEntry> reached = new TreeMap<>();
            for (String from : frontier) {
                for (SupplyLink link : linksFrom.getOrDefault(from, List.of())) {
                    String to = direction == SupplyDirection.UPSTREAM ? link.supplierId() : link.customerId();
                    if (visited.contains(to)) {
                        continue;
                    }
                    List<String> path = new ArrayList<>(pathTo.get(from));
                    path.add(to);
                    TierEntry entry = new TierEntry(to, tier, List.copyOf(path), link.value(), link.products());
                    reached.merge(to, entry, SupplyTiers::better);
                }
            }
            for (TierEntry entry : reached.values()) {
                pathTo.put(entry.enterpriseId(), entry.path());
                entries.add(entry);
            }
            visited.addAll(reached.keySet());
            frontier = List.copyOf(reached.keySet());
        }
        return entries.stream().sorted(ORDER).toList();
    }

    private static TierEntry better(TierEntry a, TierEntry b) {
        double va = a.linkValue() == null ? 0 : a.linkValue();
        double vb = b.linkValue() == null ? 0 : b.linkValue();
        if (va != vb) {
            return va > vb ? a : b;
        }
        String pa = a.path().get(a.path().size() - 2);
        String pb = b.path().get(b.path().size() - 2);
        return pa.compareTo(pb) <= 0 ? a : b;
    }
}
