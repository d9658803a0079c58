package cn.liantu.importer.generator;

import cn.liantu.domain.Product;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The suppliers of one customer, derived from its number. A firm in a link with inputs buys from
 * 1 + Poisson({@value #EXTRA_SUPPLIERS_MEAN}) suppliers (larger firms a few more); nine in ten of
 * them work in an input link (one SUPPLIES_TO hop up), the rest in another link of the chain. A
 * firm whose link has no inputs (raw materials) buys, rarely, from a peer of its own link.
 * Suppliers are local: {@value #SAME_CITY} of the time in the customer's city,
 * {@value #SAME_PROVINCE} in its province, else anywhere; larger firms supply more customers.
 * Each pair trades in 2026 and/or 2025, in the years both firms operate.
 */
final class SupplyGenerator {

    static final double EXTRA_SUPPLIERS_MEAN = 4.4;
    static final double SAME_CITY = 0.55;
    static final double SAME_PROVINCE = 0.25;
    private static final int MAX_SUPPLIERS = 14;
    private static final double PURCHASE_SHARE_OF_REVENUE = 0.55;

    private final WorldPlan world;
    private final Firms firms;

    SupplyGenerator(WorldPlan world, Firms firms) {
        this.world = world;
        this.firms = firms;
    }

    List<SupplyEdge> edgesInto(FirmProfile customer) {
        SplittableRandom random = Draws.forItem(world.seed(), Streams.SUPPLIES, customer.number());
        List<Integer> inputs = world.catalog().inputsOf(customer.leaf());
        boolean rawMaterial = inputs.isEmpty();
        int wanted = rawMaterial ? (Draws.chance(random, 0.3) ? 1 : 0) : supplierCount(random, customer);
        Set<Integer> suppliers = new LinkedHashSet<>();
        for (int attempt = 0; attempt < wanted * 3 && suppliers.size() < wanted; attempt++) {
            int leaf = rawMaterial ? customer.leaf() : supplyingLeaf(random, customer.leaf(), inputs);
            int supplier = pickSupplier(random, leaf, customer.city());
            if (supplier >= 0 && supplier != customer.number()) {
                suppliers.add(supplier);
            }
        }
        List<SupplyEdge> edges = new ArrayList<>();
        for (int number : suppliers) {
            FirmProfile supplier = firms.profile(number);
            Product product = Draws.pick(random, supplier.mainProducts());
            double value = Math.max(0.1, Math.min(
                    customer.revenue() * PURCHASE_SHARE_OF_REVENUE / suppliers.size() * Draws.between(random, 0.5, 1.5),
                    supplier.revenue() * 0.3));
            boolean thisYear = Draws.chance(random, 0.9);
            boolean lastYear = Draws.chance(random, 0.75) || !thisYear;
            if (lastYear && tradesIn(supplier, customer, RankingGenerator.LAST_YEAR)) {
                edges.add(new SupplyEdge(supplier, customer, product,
                        value * Draws.between(random, 0.8, 1.1), RankingGenerator.LAST_YEAR));
            }
            if (thisYear && tradesIn(supplier, customer, RankingGenerator.THIS_YEAR)) {
                edges.add(new SupplyEdge(supplier, customer, product, value, RankingGenerator.THIS_YEAR));
            }
        }
        return edges;
    }

    /** Both firms still operate in the year (a firm closed during a year still traded in it). */
    private static boolean tradesIn(FirmProfile supplier, FirmProfile customer, int year) {
        return operatesIn(supplier, year) && operatesIn(customer, year);
    }

    private static boolean operatesIn(FirmProfile firm, int year) {
        return firm.closedOn() == null || firm.closedOn().getYear() >= year;
    }

    private static int supplierCount(SplittableRandom random, FirmProfile customer) {
        double sizeBonus = 0.5 * StrictMath.log10(customer.revenue() / Firms.MIN_REVENUE);
        return Math.min(MAX_SUPPLIERS, 1 + Draws.poisson(random, EXTRA_SUPPLIERS_MEAN + sizeBonus));
    }

    private int supplyingLeaf(SplittableRandom random, int leaf, List<Integer> inputs) {
        int chain = world.catalog().chainOfLeaf(leaf);
        int first = world.catalog().firstLeaf(chain);
        int leaves = world.catalog().leafEnd(chain) - first;
        if (Draws.chance(random, 0.9) || leaves < 2) {
            return Draws.pick(random, inputs);
        }
        int other = first + random.nextInt(leaves - 1);
        return other >= leaf ? other + 1 : other;
    }

    /** A supplier in the city, else the province, else anywhere; -1 when the link has no firm at all. */
    private int pickSupplier(SplittableRandom random, int leaf, int city) {
        FirmLayout layout = world.layout();
        Geography.Province province = world.geography().provinceOf(world.city(city));
        double scope = random.nextDouble();
        int supplier = -1;
        if (scope < SAME_CITY) {
            supplier = layout.pick(leaf, city, city + 1, random);
        }
        if (supplier < 0 && scope < SAME_CITY + SAME_PROVINCE) {
            supplier = layout.pick(leaf, province.firstCity(), province.cityEnd(), random);
        }
        if (supplier < 0) {
            supplier = layout.pick(leaf, 0, layout.cities(), random);
        }
        return supplier;
    }
}
