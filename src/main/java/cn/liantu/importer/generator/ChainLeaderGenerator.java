package cn.liantu.importer.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Chain leaders: in each city, the largest firm of every chain the city is strong in or has at
 * least {@value #MIN_FIRMS_IN_CITY} firms of; in each province, the largest firm of every chain
 * with at least {@value #MIN_FIRMS_IN_PROVINCE} firms there; closed firms lead nothing. Only the
 * first firm of each cell can be a cell's largest, so this looks at one firm per cell.
 */
final class ChainLeaderGenerator {

    static final int MIN_FIRMS_IN_CITY = 10;
    static final int MIN_FIRMS_IN_PROVINCE = 40;

    private final WorldPlan world;
    private final Firms firms;

    private ChainLeaderGenerator(WorldPlan world, Firms firms) {
        this.world = world;
        this.firms = firms;
    }

    static List<ChainLeaderPlan> generate(WorldPlan world, Firms firms) {
        return new ChainLeaderGenerator(world, firms).leaders();
    }

    private List<ChainLeaderPlan> leaders() {
        List<ChainLeaderPlan> leaders = new ArrayList<>();
        for (Geography.City city : world.geography().cities()) {
            for (int chain = 0; chain < world.catalog().chainCount(); chain++) {
                int count = firmsOfChain(chain, city.index(), city.index() + 1);
                if (count >= MIN_FIRMS_IN_CITY || (count > 0 && city.isStrongIn(chain))) {
                    add(leaders, leader(chain, city.index(), city.index() + 1, city.code(), leaders.size()));
                }
            }
        }
        for (Geography.Province province : world.geography().provinces()) {
            for (int chain = 0; chain < world.catalog().chainCount(); chain++) {
                if (firmsOfChain(chain, province.firstCity(), province.cityEnd()) >= MIN_FIRMS_IN_PROVINCE) {
                    add(leaders, leader(chain, province.firstCity(), province.cityEnd(), province.code(),
                            leaders.size()));
                }
            }
        }
        return List.copyOf(leaders);
    }

    private static void add(List<ChainLeaderPlan> leaders, ChainLeaderPlan leader) {
        if (leader != null) {
            leaders.add(leader);
        }
    }

    private int firmsOfChain(int chain, int cityFrom, int cityEnd) {
        int count = 0;
        for (int leaf = world.catalog().firstLeaf(chain); leaf < world.catalog().leafEnd(chain); leaf++) {
            count += world.layout().countInCities(leaf, cityFrom, cityEnd);
        }
        return count;
    }

    /** The largest operating firm among the largest of each cell; null when all of those have closed. */
    private ChainLeaderPlan leader(int chain, int cityFrom, int cityEnd, String regionCode, int number) {
        List<TopFirms.Candidate> candidates = new ArrayList<>();
        for (int city = cityFrom; city < cityEnd; city++) {
            for (int leaf = world.catalog().firstLeaf(chain); leaf < world.catalog().leafEnd(chain); leaf++) {
                if (world.layout().count(city, leaf) > 0) {
                    int largestOfCell = world.layout().firstFirm(city, leaf);
                    Firms.Revenues revenues = firms.revenues(largestOfCell);
                    candidates.add(new TopFirms.Candidate(largestOfCell, revenues.current(), revenues.lastYear()));
                }
            }
        }
        candidates.sort(TopFirms.LARGEST_FIRST);
        FirmProfile firm = candidates.stream().map(candidate -> firms.profile(candidate.firm()))
                .filter(profile -> profile.closedOn() == null).findFirst().orElse(null);
        if (firm == null) {
            return null;
        }
        SplittableRandom random = Draws.forItem(world.seed(), Streams.LEADERS, number);
        int since = Math.max(firm.foundedOn().getYear() + 1, Draws.between(random, 2016, 2025));
        return new ChainLeaderPlan(firm, world.catalog().chains().get(chain).id(), regionCode, since);
    }
}
