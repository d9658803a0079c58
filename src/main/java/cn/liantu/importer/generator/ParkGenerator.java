package cn.liantu.importer.generator;

import cn.liantu.domain.ParkLevel;
import cn.liantu.domain.ParkType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Parks per city, more for cities with more firms: a high-tech zone leading the city's strong
 * chains, an economic development zone, then chain parks and, in big cities, a bonded zone.
 */
final class ParkGenerator {

    private static final int FIRMS_PER_EXTRA_PARK = 250;
    private static final int MAX_PARKS_PER_CITY = 6;

    private ParkGenerator() {
    }

    /** The parks of every city; the list of city {@code c} is element {@code c}. */
    static List<List<ParkPlan>> generate(long seed, Geography geography, ChainCatalog catalog, int[] firmsPerCity) {
        List<List<ParkPlan>> parksByCity = new ArrayList<>();
        int parkIndex = 0;
        for (Geography.City city : geography.cities()) {
            SplittableRandom random = Draws.forItem(seed, Streams.PARKS, city.index());
            int count = Math.min(MAX_PARKS_PER_CITY, 1 + firmsPerCity[city.index()] / FIRMS_PER_EXTRA_PARK);
            double taxTarget = geography.provinceOf(city).targetTaxPerMu();
            Set<Integer> chainsWithPark = new LinkedHashSet<>();
            List<ParkPlan> parks = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                ParkPlan park = park(random, city, catalog, n, parkIndex++, taxTarget, chainsWithPark);
                chainsWithPark.addAll(park.leadingChains());
                parks.add(park);
            }
            parksByCity.add(List.copyOf(parks));
        }
        return List.copyOf(parksByCity);
    }

    private static ParkPlan park(SplittableRandom random, Geography.City city, ChainCatalog catalog, int n,
                                 int index, double taxTarget, Set<Integer> chainsWithPark) {
        String id = "park-" + city.code() + "-" + String.format(Locale.ROOT, "%02d", n + 1);
        String countyCode = Draws.pick(random, city.counties()).code();
        boolean big = city.weight() > 2.0;
        ParkType type;
        ParkLevel level;
        String name;
        List<Integer> leading;
        if (n == 0) {
            type = ParkType.HIGH_TECH;
            level = big || Draws.chance(random, 0.3) ? ParkLevel.NATIONAL : ParkLevel.PROVINCIAL;
            name = city.shortName() + "高新技术产业开发区";
            leading = city.strongChains();
        } else if (n == 1) {
            type = ParkType.ECONOMIC_DEVELOPMENT;
            level = Draws.chance(random, big ? 0.5 : 0.2) ? ParkLevel.NATIONAL : ParkLevel.PROVINCIAL;
            name = city.shortName() + (level == ParkLevel.NATIONAL ? "经济技术开发区" : "经济开发区");
            leading = List.of(otherChain(random, catalog, chainsWithPark));
        } else if (n == 2 && big) {
            type = ParkType.BONDED;
            level = ParkLevel.NATIONAL;
            name = city.shortName() + "综合保税区";
            leading = List.of(otherChain(random, catalog, chainsWithPark));
        } else {
            int chain = otherChain(random, catalog, chainsWithPark);
            type = Draws.chance(random, 0.5) ? ParkType.INDUSTRIAL_CLUSTER : ParkType.SPECIALIZED;
            level = Draws.chance(random, 0.5) ? ParkLevel.PROVINCIAL : ParkLevel.OTHER;
            String chainName = catalog.chains().get(chain).name();
            name = city.shortName() + chainName + (type == ParkType.INDUSTRIAL_CLUSTER ? "产业集聚区" : "产业园")
                    + (chainsWithPark.contains(chain) ? "二期" : "");
            leading = List.of(chain);
        }
        double medianArea = switch (level) {
            case NATIONAL -> 30_000;
            case PROVINCIAL -> 12_000;
            case OTHER -> 3_000;
        };
        LocalDate approvedOn = switch (level) {
            case NATIONAL -> Draws.date(random, LocalDate.of(1991, 3, 1), LocalDate.of(2015, 12, 31));
            case PROVINCIAL -> Draws.date(random, LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31));
            case OTHER -> Draws.date(random, LocalDate.of(2010, 1, 1), LocalDate.of(2023, 12, 31));
        };
        return new ParkPlan(index, id, name, level, type, city.index(), countyCode,
                Math.round(Draws.logNormal(random, medianArea, 0.5)), taxTarget, approvedOn, leading);
    }

    /** A chain no park of the city leads yet when there is one, else any chain. */
    private static int otherChain(SplittableRandom random, ChainCatalog catalog, Set<Integer> taken) {
        List<Integer> free = new ArrayList<>();
        for (int chain = 0; chain < catalog.chainCount(); chain++) {
            if (!taken.contains(chain)) {
                free.add(chain);
            }
        }
        return free.isEmpty() ? random.nextInt(catalog.chainCount()) : Draws.pick(random, free);
    }
}
