package cn.liantu.importer.generator;

import cn.liantu.domain.RdInstitutionType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * R&D institutions: one per city plus one per {@value #FIRMS_PER_EXTRA_INSTITUTION} firms (at most
 * {@value #MAX_PER_CITY}), mostly serving the city's strong chains; big cities have a university.
 */
final class RdInstitutionGenerator {

    static final int FIRMS_PER_EXTRA_INSTITUTION = 500;
    static final int MAX_PER_CITY = 6;
    private static final List<String> UNIVERSITY_ENDINGS = List.of("大学", "理工大学", "科技大学", "职业技术学院");

    private RdInstitutionGenerator() {
    }

    static List<RdInstitutionPlan> generate(WorldPlan world) {
        List<RdInstitutionPlan> institutions = new ArrayList<>();
        for (Geography.City city : world.geography().cities()) {
            SplittableRandom random = Draws.forItem(world.seed(), Streams.RD_INSTITUTIONS, city.index());
            int firms = 0;
            for (int leaf = 0; leaf < world.catalog().leafCount(); leaf++) {
                firms += world.layout().count(city.index(), leaf);
            }
            int count = Math.min(MAX_PER_CITY, 1 + firms / FIRMS_PER_EXTRA_INSTITUTION);
            Set<String> names = new LinkedHashSet<>();
            for (int n = 0; n < count; n++) {
                institutions.add(institution(random, world, city, n, names));
            }
        }
        return List.copyOf(institutions);
    }

    private static RdInstitutionPlan institution(SplittableRandom random, WorldPlan world, Geography.City city,
                                                 int n, Set<String> names) {
        int chain = Draws.chance(random, 0.8) ? Draws.pick(random, city.strongChains())
                : random.nextInt(world.catalog().chainCount());
        List<Integer> leaves = leaves(random, world.catalog(), chain);
        RdInstitutionType type = n == 0 && city.weight() > 1.5 ? RdInstitutionType.UNIVERSITY
                : RdInstitutionType.values()[1 + random.nextInt(RdInstitutionType.values().length - 1)];
        String chainName = world.catalog().chains().get(chain).name();
        String name = switch (type) {
            case UNIVERSITY -> city.shortName() + Draws.pick(random, UNIVERSITY_ENDINGS);
            case LAB -> city.shortName() + world.catalog().leaf(leaves.getFirst()).segment().name() + "重点实验室";
            case INSTITUTE -> city.shortName() + chainName + "产业研究院";
            case INNOVATION_CENTER -> city.shortName() + chainName + "创新中心";
        };
        String unique = name;
        for (int copy = 2; !names.add(unique); copy++) {
            unique = name + "（" + copy + "）";
        }
        String id = "rd-" + city.code() + "-" + String.format(Locale.ROOT, "%02d", n + 1);
        return new RdInstitutionPlan(id, unique, type,
                Draws.pick(random, city.counties()).code(),
                leaves.stream().map(leaf -> world.catalog().leaf(leaf).segment().id()).toList());
    }

    private static List<Integer> leaves(SplittableRandom random, ChainCatalog catalog, int chain) {
        int first = catalog.firstLeaf(chain);
        int size = catalog.leafEnd(chain) - first;
        int count = Math.min(size, Draws.between(random, 1, 4));
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(first + random.nextInt(size));
        }
        return List.copyOf(chosen);
    }
}
