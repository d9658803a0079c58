package cn.liantu.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a chain-gap report counts in its scope, from the scope's enterprises that operate in the
 * chain or buy its products: the figures per segment, the enterprises operating in the chain, the
 * supply into the scope and the key inputs. Pure: the enterprises come from one statement.
 *
 * @param segments    figures per segment id; a segment without any is absent
 * @param enterprises operating enterprises of the scope in the chain
 * @param supply      the supply edges of the year delivering to the chain, into the scope's enterprises
 * @param keyInputs   per key segment bought, ordered by segment id
 */
public record LocalChainFacts(Map<String, SegmentCounts> segments, int enterprises, SupplyTotals supply,
                              List<KeyInput> keyInputs) {

    /**
     * The scope's figures for one segment. The enterprise figures are over the distinct enterprises
     * of the segment's subtree in the reference country; the linked ones over the enterprises of
     * the segment itself.
     */
    public record SegmentCounts(int enterprises, double revenue, long patents, int techEnterprises,
                                int linkedEnterprises, int rdInstitutions) {

        public static final SegmentCounts NONE = new SegmentCounts(0, 0, 0, 0, 0, 0);
    }

    /**
     * @param enterprises     the scope's enterprises that operate in the chain or buy its products, each once
     * @param rdInstitutions  R&D institutions of the scope's region supporting each segment
     */
    public static LocalChainFacts of(List<ScopeEnterprise> enterprises, Map<String, Integer> rdInstitutions,
                                     ChainHierarchy hierarchy) {
        Map<String, MutableCounts> counts = new HashMap<>();
        int inChain = 0;
        for (ScopeEnterprise enterprise : enterprises) {
            if (!enterprise.segmentIds().isEmpty()) {
                inChain++;
            }
            if (enterprise.inReference()) {
                for (String segmentId : withAncestors(enterprise.segmentIds(), hierarchy)) {
                    counts.computeIfAbsent(segmentId, id -> new MutableCounts()).add(enterprise);
                }
            }
            for (String segmentId : enterprise.linkedSegmentIds()) {
                counts.computeIfAbsent(segmentId, id -> new MutableCounts()).linkedEnterprises++;
            }
        }
        rdInstitutions.forEach((segmentId, institutions) ->
                counts.computeIfAbsent(segmentId, id -> new MutableCounts()).rdInstitutions += institutions);
        Map<String, SegmentCounts> segments = new HashMap<>();
        counts.forEach((segmentId, c) -> segments.put(segmentId, c.toCounts()));
        return new LocalChainFacts(Map.copyOf(segments), inChain, supplyTotals(enterprises),
                keyInputs(enterprises, hierarchy));
    }

    public SegmentCounts segment(String segmentId) {
        return segments.getOrDefault(segmentId, SegmentCounts.NONE);
    }

    /** The given segments and all above them, each once: a figure of a segment counts in its ancestors' too. */
    private static Set<String> withAncestors(Set<String> segmentIds, ChainHierarchy hierarchy) {
        Set<String> counted = new HashSet<>();
        segmentIds.forEach(id -> counted.addAll(hierarchy.atOrAbove(id)));
        return counted;
    }

    private static SupplyTotals supplyTotals(List<ScopeEnterprise> enterprises) {
        int edges = 0;
        int localEdges = 0;
        int valuedEdges = 0;
        double value = 0;
        double localValue = 0;
        for (ScopeEnterprise buyer : enterprises) {
            for (ScopeEnterprise.Purchase purchase : buyer.purchases()) {
                edges++;
                double amount = purchase.value() == null ? 0 : purchase.value();
                if (purchase.value() != null) {
                    valuedEdges++;
                }
                value += amount;
                if (purchase.supplierInScope()) {
                    localEdges++;
                    localValue += amount;
                }
            }
        }
        return new SupplyTotals(edges, localEdges, valuedEdges, Numbers.round4(value), Numbers.round4(localValue));
    }

    /** Per key segment at or above what an edge delivers to: its buyers, and per supplier its buyers and value. */
    private static List<KeyInput> keyInputs(List<ScopeEnterprise> enterprises, ChainHierarchy hierarchy) {
        Map<String, Set<String>> buyersBySegment = new TreeMap<>();
        Map<String, Map<String, MutableSupplier>> suppliersBySegment = new HashMap<>();
        for (ScopeEnterprise buyer : enterprises) {
            for (ScopeEnterprise.Purchase purchase : buyer.purchases()) {
                for (String keySegmentId : withAncestors(purchase.segmentIds(), hierarchy)) {
                    if (!hierarchy.isKeyLink(keySegmentId)) {
                        continue;
                    }
                    buyersBySegment.computeIfAbsent(keySegmentId, id -> new HashSet<>()).add(buyer.id());
                    suppliersBySegment.computeIfAbsent(keySegmentId, id -> new TreeMap<>())
                            .computeIfAbsent(purchase.supplierId(), id -> new MutableSupplier(purchase.supplierInScope()))
                            .add(buyer.id(), purchase.value());
                }
            }
        }
        List<KeyInput> inputs = new ArrayList<>();
        buyersBySegment.forEach((segmentId, buyers) -> {
            List<KeyInput.InputSupplier> suppliers = new ArrayList<>();
            suppliersBySegment.get(segmentId).forEach((supplierId, s) -> suppliers.add(new KeyInput.InputSupplier(
                    supplierId, s.inScope, s.buyers.size(), s.value == null ? null : Numbers.round4(s.value))));
            inputs.add(new KeyInput(segmentId, buyers.size(), List.copyOf(suppliers)));
        });
        return List.copyOf(inputs);
    }

    private static final class MutableCounts {
        int enterprises;
        double revenue;
        long patents;
        int techEnterprises;
        int linkedEnterprises;
        int rdInstitutions;

        void add(ScopeEnterprise enterprise) {
            enterprises++;
            revenue += enterprise.revenue();
            patents += enterprise.patents();
            if (enterprise.tech()) {
                techEnterprises++;
            }
        }

        SegmentCounts toCounts() {
            return new SegmentCounts(enterprises, Numbers.round4(revenue), patents, techEnterprises, linkedEnterprises,
                    rdInstitutions);
        }
    }

    private static final class MutableSupplier {
        final boolean inScope;
        final Set<String> buyers = new HashSet<>();
        Double value;

        MutableSupplier(boolean inScope) {
            this.inScope = inScope;
        }

        void add(String buyerId, Double amount) {
            buyers.add(buyerId);
            if (amount != null) {
                value = (value == null ? 0 : value) + amount;
            }
        }
    }
}
