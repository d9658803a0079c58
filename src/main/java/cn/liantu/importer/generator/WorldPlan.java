package cn.liantu.importer.generator;

import cn.liantu.domain.ChainPosition;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The part of a synthetic world kept in memory: regions, chains, parks and how many firms each
 * (city, leaf link) cell holds. Its size depends on the number of cities and links, not on the
 * number of firms; every firm, supply edge and project is derived from it and the seed on demand.
 */
record WorldPlan(long seed, int enterprises, Geography geography, ChainCatalog catalog, FirmLayout layout,
                 List<List<ParkPlan>> parksByCity) {

    /** How much more of a city's firms work in a chain it is strong in. */
    static final double STRONG_CHAIN_FACTOR = 5.0;

    static WorldPlan create(GeneratorOptions options) {
        long seed = options.seed();
        ChainCatalog catalog = ChainCatalogGenerator.generate(seed);
        Geography geography = GeographyGenerator.generate(seed, options.enterprises(), catalog.chainCount());
        FirmLayout layout = new FirmLayout(geography.cityCount(), catalog.leafCount(),
                FirmLayout.allocate(options.enterprises(), cellWeights(seed, geography, catalog)));
        int[] firmsPerCity = new int[geography.cityCount()];
        for (int city = 0; city < firmsPerCity.length; city++) {
            for (int leaf = 0; leaf < catalog.leafCount(); leaf++) {
                firmsPerCity[city] += layout.count(city, leaf);
            }
        }
        List<List<ParkPlan>> parks = ParkGenerator.generate(seed, geography, catalog, firmsPerCity);
        return new WorldPlan(seed, options.enterprises(), geography, catalog, layout, parks);
    }

    /**
     * Weight of each (city, leaf) cell: the city's size, times the chain's share in the city
     * (strong chains {@value #STRONG_CHAIN_FACTOR}×), times the leaf's share in its chain
     * (midstream most), times noise that leaves some small cells empty.
     */
    private static double[] cellWeights(long seed, Geography geography, ChainCatalog catalog) {
        SplittableRandom leafRandom = Draws.forItem(seed, Streams.LAYOUT, 0);
        double[] leafFactor = new double[catalog.leafCount()];
        double[] chainLeafTotal = new double[catalog.chainCount()];
        for (int leaf = 0; leaf < leafFactor.length; leaf++) {
            ChainPosition position = catalog.leaf(leaf).segment().position();
            double positionFactor = switch (position) {
                case UPSTREAM -> 1.0;
                case MIDSTREAM -> 1.3;
                case DOWNSTREAM -> 0.8;
            };
            leafFactor[leaf] = positionFactor * Draws.between(leafRandom, 0.5, 1.5);
            chainLeafTotal[catalog.chainOfLeaf(leaf)] += leafFactor[leaf];
        }
        double[] weights = new double[geography.cityCount() * catalog.leafCount()];
        for (Geography.City city : geography.cities()) {
            SplittableRandom noise = Draws.forItem(seed, Streams.LAYOUT, 1L + city.index());
            double chainTotal = catalog.chainCount() + (STRONG_CHAIN_FACTOR - 1) * city.strongChains().size();
            for (int leaf = 0; leaf < catalog.leafCount(); leaf++) {
                int chain = catalog.chainOfLeaf(leaf);
                double chainShare = (city.isStrongIn(chain) ? STRONG_CHAIN_FACTOR : 1.0) / chainTotal;
                double leafShare = leafFactor[leaf] / chainLeafTotal[chain];
                weights[city.index() * catalog.leafCount() + leaf] = city.weight() * chainShare * leafShare
                        * Draws.logNormal(noise, 1.0, 0.6);
            }
        }
        return weights;
    }

    Geography.City city(int index) {
        return geography.city(index);
    }

    List<ParkPlan> parksOf(int city) {
        return parksByCity.get(city);
    }
}
