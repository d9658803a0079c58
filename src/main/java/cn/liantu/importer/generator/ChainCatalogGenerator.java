package cn.liantu.importer.generator;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.KeyLinkType;
import cn.liantu.domain.Product;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.Technology;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Draws a world's chains from {@link ChainTemplates}: 5–10 of them; each keeps its group level
 * (3-level tree) or drops it (2-level tree); leaf flows follow the template's group flows.
 */
final class ChainCatalogGenerator {

    static final int MIN_CHAINS = 5;
    static final int MAX_CHAINS = 10;
    private static final List<String> PRODUCT_VARIANTS = List.of("%s", "高端%s", "%s（定制型）");

    private final List<IndustryChain> chains = new ArrayList<>();
    private final List<ChainSegment> segments = new ArrayList<>();
    private final List<ChainCatalog.LeafLink> leaves = new ArrayList<>();
    private final Set<SegmentFlow> flows = new LinkedHashSet<>();
    private final List<Integer> firstLeafOfChain = new ArrayList<>();

    private ChainCatalogGenerator() {
    }

    static ChainCatalog generate(long seed) {
        SplittableRandom random = Draws.forItem(seed, Streams.CHAINS, 0);
        ChainCatalogGenerator generator = new ChainCatalogGenerator();
        for (ChainTemplate template : chosenTemplates(random)) {
            generator.addChain(template, random);
        }
        return generator.catalog();
    }

    /** 5–10 templates, kept in catalogue order. */
    private static List<ChainTemplate> chosenTemplates(SplittableRandom random) {
        int count = Draws.between(random, MIN_CHAINS, Math.min(MAX_CHAINS, ChainTemplates.ALL.size()));
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ChainTemplates.ALL.size(); i++) {
            order.add(i);
        }
        for (int i = order.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            order.set(i, order.set(j, order.get(i)));
        }
        return order.subList(0, count).stream().sorted().map(ChainTemplates.ALL::get).toList();
    }

    private void addChain(ChainTemplate template, SplittableRandom random) {
        int chainIndex = chains.size();
        chains.add(new IndustryChain(template.id(), template.name(), template.category(), template.description()));
        firstLeafOfChain.add(leaves.size());
        boolean keepGroups = !Draws.chance(random, 1.0 / 3);
        int[] counter = {0};
        Map<String, List<ChainCatalog.LeafLink>> leavesOfGroup = new LinkedHashMap<>();
        for (ChainTemplate.Root root : template.roots()) {
            ChainSegment rootSegment = segment(template, counter, null, root.name(), root, 1, false, null);
            for (ChainTemplate.Group group : root.groups()) {
                ChainSegment parent = rootSegment;
                if (keepGroups) {
                    parent = segment(template, counter, rootSegment.id(), group.name(), root, 2, false, null);
                }
                List<ChainCatalog.LeafLink> groupLeaves = new ArrayList<>();
                for (ChainTemplate.Leaf leaf : group.leaves()) {
                    ChainSegment leafSegment = segment(template, counter, parent.id(), leaf.name(), root,
                            parent.level() + 1, true, leaf.keyLinkType());
                    ChainCatalog.LeafLink link = new ChainCatalog.LeafLink(leaves.size(), chainIndex, leafSegment,
                            products(leafSegment, random), technologies(leafSegment));
                    leaves.add(link);
                    groupLeaves.add(link);
                }
                leavesOfGroup.put(group.name(), groupLeaves);
            }
        }
        for (ChainTemplate.GroupFlow flow : template.flows()) {
            linkGroups(leavesOfGroup.get(flow.from()), leavesOfGroup.get(flow.to()), random);
        }
    }

    private ChainSegment segment(ChainTemplate template, int[] counter, String parentId, String name,
                                 ChainTemplate.Root root, int level, boolean leaf, KeyLinkType keyLinkType) {
        counter[0]++;
        String id = String.format(Locale.ROOT, "%s-%02d", template.id(), counter[0]);
        Double weight = leaf ? (keyLinkType != null ? 1.5 : 1.0) : null;
        ChainSegment segment = new ChainSegment(id, template.id(), parentId, name, root.position(), level,
                keyLinkType != null, keyLinkType, weight, leaf);
        segments.add(segment);
        return segment;
    }

    /** Each leaf of {@code from} feeds one or two leaves of {@code to}; each leaf of {@code to} gets an input. */
    private void linkGroups(List<ChainCatalog.LeafLink> from, List<ChainCatalog.LeafLink> to, SplittableRandom random) {
        if (from == null || to == null) {
            throw new IllegalStateException("a template flow names a group that does not exist");
        }
        Set<Integer> fed = new LinkedHashSet<>();
        for (ChainCatalog.LeafLink supplier : from) {
            int targets = Draws.chance(random, 0.35) ? 2 : 1;
            for (int i = 0; i < targets; i++) {
                ChainCatalog.LeafLink customer = Draws.pick(random, to);
                flows.add(new SegmentFlow(supplier.segment().id(), customer.segment().id()));
                fed.add(customer.index());
            }
        }
        for (ChainCatalog.LeafLink customer : to) {
            if (!fed.contains(customer.index())) {
                flows.add(new SegmentFlow(Draws.pick(random, from).segment().id(), customer.segment().id()));
            }
        }
    }

    private static List<Product> products(ChainSegment leaf, SplittableRandom random) {
        int count = Draws.between(random, 2, PRODUCT_VARIANTS.size());
        List<Product> products = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = String.format(Locale.ROOT, PRODUCT_VARIANTS.get(i), leaf.name());
            products.add(new Product(leaf.id() + "-p" + (i + 1), name));
        }
        return products;
    }

    private static List<Technology> technologies(ChainSegment leaf) {
        List<Technology> technologies = new ArrayList<>();
        technologies.add(new Technology(leaf.id() + "-t1", leaf.name() + "关键技术"));
        if (leaf.keyLink()) {
            technologies.add(new Technology(leaf.id() + "-t2", leaf.name() + "国产化替代技术"));
        }
        return technologies;
    }

    private ChainCatalog catalog() {
        firstLeafOfChain.add(leaves.size());
        Map<String, Integer> leafBySegmentId = new LinkedHashMap<>();
        for (ChainCatalog.LeafLink leaf : leaves) {
            leafBySegmentId.put(leaf.segment().id(), leaf.index());
        }
        List<List<Integer>> inputs = new ArrayList<>();
        List<List<Integer>> outputs = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            inputs.add(new ArrayList<>());
            outputs.add(new ArrayList<>());
        }
        for (SegmentFlow flow : flows) {
            int from = leafBySegmentId.get(flow.fromId());
            int to = leafBySegmentId.get(flow.toId());
            outputs.get(from).add(to);
            inputs.get(to).add(from);
        }
        return new ChainCatalog(chains, segments, leaves, List.copyOf(flows), firstLeafOfChain, inputs, outputs);
    }
}
