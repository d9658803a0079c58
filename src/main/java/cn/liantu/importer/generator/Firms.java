package cn.liantu.importer.generator;

import cn.liantu.domain.ChainCategory;
import cn.liantu.domain.ChainPosition;
import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.Product;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Derives any enterprise of a world from its number alone, so the generator never holds the firms.
 *
 * <p>Sizes: within a cell of n firms, firm k draws its revenue quantile from [k/n, (k+1)/n) of a
 * Pareto distribution (α = {@value #PARETO_ALPHA}, minimum {@value #MIN_REVENUE} 万元), so firm 0
 * of a cell is its largest and the whole world is a Pareto sample: a few firms hold much of the
 * revenue. Tax is 3–8% of revenue; staff and land follow revenue. Tags, at rates close to China's:
 * 高新技术企业 ~15% (more in technology chains and larger firms), 专精特新 ~4% of mid-sized firms,
 * 小巨人 a third of those above 3,000 万元, 单项冠军 15% of firms above 30,000 万元, 瞪羚 15% of young
 * growing firms, 独角兽 rare.
 */
final class Firms {

    static final double PARETO_ALPHA = 1.2;
    static final double MIN_REVENUE = 200;
    /** About the revenue of China's largest enterprise, in 万元. */
    static final double MAX_REVENUE = 3.5e8;
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private static final String TRADE_NAME_CHARACTERS = "恒达泰和盛鑫瑞华兴隆宏昌源通宇晟康嘉润祥丰安信诚德天正中汇金明科创新博远翔鸿耀辉";
    /** Prime to 40·39 and 40·39·38, so position → arrangement is a bijection. */
    private static final int TRADE_NAME_STRIDE = 617;
    private static final double IN_PARK_SHARE = 0.5;

    private final WorldPlan world;

    Firms(WorldPlan world) {
        this.world = world;
    }

    int count() {
        return world.layout().total();
    }

    /** This year's and last year's revenue (万元), without deriving the rest of the firm. */
    record Revenues(double current, double lastYear) {
    }

    Revenues revenues(int firm) {
        int cell = world.layout().cellOf(firm);
        SplittableRandom random = random(firm);
        double revenue = revenue(firm, cell, random);
        return new Revenues(revenue, lastYear(random, revenue));
    }

    FirmProfile profile(int firm) {
        FirmLayout layout = world.layout();
        int cell = layout.cellOf(firm);
        int cityIndex = layout.cityOfCell(cell);
        int leaf = layout.leafOfCell(cell);
        Geography.City city = world.city(cityIndex);
        ChainCatalog.LeafLink link = world.catalog().leaf(leaf);
        SplittableRandom random = random(firm);

        double revenue = revenue(firm, cell, random);
        double revenueLastYear = lastYear(random, revenue);
        ParkPlan park = park(random, cityIndex, link.chain());
        String countyCode = park != null ? park.countyCode() : countyOf(random, city);
        int secondLeaf = secondLeaf(random, leaf);
        List<Product> mainProducts = someOf(random, link.products(), Draws.chance(random, 0.4) ? 2 : 1);
        List<Product> otherProducts = secondLeaf < 0 ? List.of()
                : someOf(random, world.catalog().leaf(secondLeaf).products(), 1);
        LocalDate foundedOn = foundedOn(random, revenue);
        LocalDate closedOn = closedOn(random, foundedOn);
        Ownership ownership = ownership(random, revenue);
        double tax = revenue * Draws.between(random, 0.03, 0.08);
        int employees = (int) Math.max(3, Math.round(revenue / Draws.logNormal(random, 80, 0.4)));
        double outputPerMu = link.segment().position() == ChainPosition.DOWNSTREAM ? 900 : 300;
        double landAreaMu = Math.max(1.0, revenue / Draws.logNormal(random, outputPerMu, 0.5));
        ChainCategory category = world.catalog().chains().get(link.chain()).category();
        List<EnterpriseTag> tags = tags(random, revenue, foundedOn, category);
        int patents = patents(random, revenue, tags);
        String uscc = SyntheticUscc.of(countyCode, SyntheticUscc.scatteredSerial(firm, world.seed()));
        String tradeName = tradeName(firm, cell);
        String name = city.shortName() + tradeName + link.segment().name() + legalForm(revenue);
        return new FirmProfile(firm, uscc, name, tradeName, cityIndex, countyCode, leaf, secondLeaf, park, revenue,
                revenueLastYear, tax, employees, landAreaMu, foundedOn, closedOn, ownership, tags, patents,
                mainProducts, otherProducts);
    }

    private SplittableRandom random(int firm) {
        return Draws.forItem(world.seed(), Streams.ENTERPRISES, firm);
    }

    private double revenue(int firm, int cell, SplittableRandom random) {
        FirmLayout layout = world.layout();
        double quantile = (layout.positionInCell(firm, cell) + 1.0 - random.nextDouble()) / layout.cellSize(cell);
        return Math.min(MAX_REVENUE, MIN_REVENUE * StrictMath.pow(quantile, -1.0 / PARETO_ALPHA));
    }

    /** This year's revenue is 15% below to 30% above last year's. */
    private static double lastYear(SplittableRandom random, double revenue) {
        return revenue / Draws.between(random, 0.85, 1.3);
    }

    /** One firm in fifty has closed, at least a year after it was founded. */
    private static LocalDate closedOn(SplittableRandom random, LocalDate foundedOn) {
        LocalDate earliest = foundedOn.plusYears(1);
        LocalDate latest = AS_OF.minusMonths(1);
        if (!Draws.chance(random, 0.02) || earliest.isAfter(latest)) {
            return null;
        }
        return Draws.date(random, earliest, latest);
    }

    /** Half the firms sit in a park of their city, more often one that leads their chain. */
    private ParkPlan park(SplittableRandom random, int city, int chain) {
        List<ParkPlan> parks = world.parksOf(city);
        if (parks.isEmpty() || !Draws.chance(random, IN_PARK_SHARE)) {
            return null;
        }
        double[] weights = new double[parks.size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = parks.get(i).leads(chain) ? 4.0 : 1.0;
        }
        return parks.get(Draws.weighted(random, weights));
    }

    /** Urban districts (listed first) hold more firms than outlying counties. */
    private static String countyOf(SplittableRandom random, Geography.City city) {
        double[] weights = new double[city.counties().size()];
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (1 + i);
        }
        return city.counties().get(Draws.weighted(random, weights)).code();
    }

    /** One firm in seven also works in a link next to its own. */
    private int secondLeaf(SplittableRandom random, int leaf) {
        if (!Draws.chance(random, 1.0 / 7)) {
            return -1;
        }
        List<Integer> inputs = world.catalog().inputsOf(leaf);
        List<Integer> outputs = world.catalog().outputsOf(leaf);
        if (inputs.size() + outputs.size() == 0) {
            return -1;
        }
        int choice = random.nextInt(inputs.size() + outputs.size());
        return choice < inputs.size() ? inputs.get(choice) : outputs.get(choice - inputs.size());
    }

    private static List<Product> someOf(SplittableRandom random, List<Product> products, int count) {
        int first = random.nextInt(products.size());
        List<Product> chosen = new ArrayList<>();
        for (int i = 0; i < Math.min(count, products.size()); i++) {
            chosen.add(products.get((first + i) % products.size()));
        }
        return List.copyOf(chosen);
    }

    /** Larger firms are older. */
    private static LocalDate foundedOn(SplittableRandom random, double revenue) {
        double age = -StrictMath.log(1.0 - random.nextDouble()) * 9 + StrictMath.log10(revenue / MIN_REVENUE) * 3;
        int year = (int) Math.max(1980, 2025 - Math.round(age));
        return Draws.date(random, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    private static Ownership ownership(SplittableRandom random, double revenue) {
        double[] weights;
        if (revenue >= 1_000_000) {
            weights = new double[] {25, 20, 15, 30, 10};
        } else if (revenue >= 100_000) {
            weights = new double[] {8, 10, 10, 62, 10};
        } else {
            weights = new double[] {1, 2, 4, 87, 6};
        }
        return Ownership.values()[Draws.weighted(random, weights)];
    }

    private static List<EnterpriseTag> tags(SplittableRandom random, double revenue, LocalDate foundedOn,
                                            ChainCategory category) {
        boolean technologyChain = category == ChainCategory.EMERGING || category == ChainCategory.FUTURE;
        Set<EnterpriseTag> tags = EnumSet.noneOf(EnterpriseTag.class);
        double highTech = 0.10 * (technologyChain ? 1.6 : 1.0) * (revenue >= 5_000 ? 1.8 : 1.0);
        if (Draws.chance(random, highTech)) {
            tags.add(EnterpriseTag.HIGH_TECH);
        }
        boolean midSized = revenue >= 1_000 && revenue <= 200_000;
        if (Draws.chance(random, midSized ? 0.10 : 0.01)) {
            tags.add(EnterpriseTag.SPECIALIZED);
            if (revenue >= 3_000 && Draws.chance(random, 0.35)) {
                tags.add(EnterpriseTag.LITTLE_GIANT);
            }
            if (Draws.chance(random, 0.08)) {
                tags.add(EnterpriseTag.HIDDEN_CHAMPION);
            }
        }
        if (revenue >= 30_000 && Draws.chance(random, 0.15)) {
            tags.add(EnterpriseTag.SINGLE_CHAMPION);
        }
        int founded = foundedOn.getYear();
        if (founded >= 2016 && revenue >= 2_000 && Draws.chance(random, 0.15)) {
            tags.add(EnterpriseTag.GAZELLE);
        }
        if (founded >= 2014 && revenue >= 20_000 && technologyChain && Draws.chance(random, 0.05)) {
            tags.add(EnterpriseTag.UNICORN);
        }
        return List.copyOf(tags);
    }

    private static int patents(SplittableRandom random, double revenue, List<EnterpriseTag> tags) {
        double factor = (tags.contains(EnterpriseTag.HIGH_TECH) ? 3 : 0.5)
                * (tags.contains(EnterpriseTag.SPECIALIZED) ? 2 : 1);
        return (int) (StrictMath.pow(revenue, 0.35) * Draws.logNormal(random, 1.0, 0.8) * factor);
    }

    /**
     * Distinct within a cell: position k maps to a distinct arrangement of two (or, in huge cells,
     * three) different characters, read as digits of a mixed radix 40·39(·38).
     */
    private String tradeName(int firm, int cell) {
        FirmLayout layout = world.layout();
        int base = TRADE_NAME_CHARACTERS.length();
        int length = layout.cellSize(cell) <= base * (base - 1) ? 2 : 3;
        int arrangements = base * (base - 1) * (length == 3 ? base - 2 : 1);
        int code = (int) ((layout.positionInCell(firm, cell) * (long) TRADE_NAME_STRIDE + cell) % arrangements);
        StringBuilder unused = new StringBuilder(TRADE_NAME_CHARACTERS);
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int digit = code % unused.length();
            code /= unused.length();
            name.append(unused.charAt(digit));
            unused.deleteCharAt(digit);
        }
        return name.toString();
    }

    private static String legalForm(double revenue) {
        if (revenue >= 1_000_000) {
            return "集团有限公司";
        }
        return revenue >= 100_000 ? "股份有限公司" : "有限公司";
    }
}
