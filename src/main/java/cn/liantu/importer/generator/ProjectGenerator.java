package cn.liantu.importer.generator;

import cn.liantu.domain.ProjectKeyLevel;
import cn.liantu.domain.ProjectRole;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.ProjectStage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Investment projects, one per {@value #FIRMS_PER_PROJECT} firms, each derived from its number:
 * in a park of a city (bigger cities have more), mostly in a chain the park leads, serving 1–3
 * leaf links with the role that fits the city (补链 where it has no firm, 延链 next to links it
 * has, else 强链). Stages follow the pipeline with realistic gaps and end on or before
 * {@link Firms#AS_OF}; funds in place grow with the stage.
 */
final class ProjectGenerator {

    static final int FIRMS_PER_PROJECT = 20;
    private static final double[] STAGE_WEIGHTS = {10, 15, 20, 25, 15, 10, 5};
    /** Days from one pipeline stage to the next: RESERVE→NEGOTIATING … PRODUCING→EFFECTIVE. */
    private static final int[][] STAGE_GAPS = {{30, 180}, {30, 240}, {20, 300}, {180, 720}, {180, 540}};
    private static final List<String> NAME_ENDINGS = List.of("项目", "生产基地项目", "产业园项目", "扩建项目",
            "研发中心项目", "智能制造项目");
    private static final List<String> TERMINATION_REASONS = List.of("投资方资金链紧张", "项目用地未落实",
            "环评未通过", "投资方调整战略布局", "市场前景变化");
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN_NAMES = "建国明华伟强军平志红海涛斌文立新振宇晓东春";
    private static final int OFFICIALS_PER_CITY = 6;

    private final WorldPlan world;
    private final Firms firms;
    private final double[] cityWeights;

    ProjectGenerator(WorldPlan world, Firms firms) {
        this.world = world;
        this.firms = firms;
        this.cityWeights = world.geography().cities().stream().mapToDouble(Geography.City::weight).toArray();
    }

    static int projectCount(int enterprises) {
        return Math.max(20, enterprises / FIRMS_PER_PROJECT);
    }

    ProjectPlan project(int number) {
        SplittableRandom random = Draws.forItem(world.seed(), Streams.PROJECTS, number);
        Geography.City city = world.city(Draws.weighted(random, cityWeights));
        ParkPlan park = Draws.pick(random, world.parksOf(city.index()));
        int chain = Draws.chance(random, 0.7) ? Draws.pick(random, park.leadingChains())
                : random.nextInt(world.catalog().chainCount());
        List<ProjectSegment> segments = segments(random, city.index(), chain);
        int mainLeaf = leafOf(segments.getFirst().segmentId(), chain);
        FirmProfile investor = investor(random, mainLeaf);
        double amount = Math.clamp(Draws.logNormal(random, 30_000, 1.0), 1_000, 2_000_000);
        ProjectStage stage = ProjectStage.values()[Draws.weighted(random, STAGE_WEIGHTS)];
        Map<ProjectStage, LocalDate> stageDates = stageDates(random, stage);
        String name = investor.tradeName() + world.catalog().leaf(mainLeaf).segment().name()
                + Draws.pick(random, NAME_ENDINGS);
        return new ProjectPlan(String.format(Locale.ROOT, "prj-%07d", number + 1), name, investor, park,
                world.catalog().chains().get(chain).id(), segments, amount, fundsInPlace(random, stage, amount),
                stage, stageDates, Draws.pick(random, officials(city.index())), keyLevel(random, amount),
                stage == ProjectStage.TERMINATED ? Draws.pick(random, TERMINATION_REASONS) : null);
    }

    /** 1–3 distinct leaves of the chain, each with the role the city's firms call for. */
    private List<ProjectSegment> segments(SplittableRandom random, int city, int chain) {
        int first = world.catalog().firstLeaf(chain);
        int leaves = world.catalog().leafEnd(chain) - first;
        int count = Math.min(leaves, Draws.between(random, 1, 3));
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(first + random.nextInt(leaves));
        }
        List<ProjectSegment> segments = new ArrayList<>();
        for (int leaf : chosen) {
            segments.add(new ProjectSegment(world.catalog().leaf(leaf).segment().id(), role(city, leaf)));
        }
        return List.copyOf(segments);
    }

    private ProjectRole role(int city, int leaf) {
        FirmLayout layout = world.layout();
        if (layout.count(city, leaf) == 0) {
            return ProjectRole.FILL;
        }
        int neighbours = 0;
        for (int input : world.catalog().inputsOf(leaf)) {
            neighbours += layout.count(city, input);
        }
        for (int output : world.catalog().outputsOf(leaf)) {
            neighbours += layout.count(city, output);
        }
        return layout.count(city, leaf) < 3 && neighbours >= 5 ? ProjectRole.EXTEND : ProjectRole.STRENGTHEN;
    }

    private int leafOf(String segmentId, int chain) {
        for (int leaf = world.catalog().firstLeaf(chain); leaf < world.catalog().leafEnd(chain); leaf++) {
            if (world.catalog().leaf(leaf).segment().id().equals(segmentId)) {
                return leaf;
            }
        }
        throw new IllegalStateException("no leaf " + segmentId);
    }

    /**
     * An operating firm of the project's main link anywhere, larger firms more likely; any firm if
     * the link has none.
     */
    private FirmProfile investor(SplittableRandom random, int leaf) {
        FirmProfile investor;
        do {
            int firm = world.layout().pick(leaf, 0, world.layout().cities(), random);
            investor = firms.profile(firm >= 0 ? firm : random.nextInt(firms.count()));
        } while (investor.closedOn() != null);
        return investor;
    }

    /** Dates of every stage reached, in order, the last one on or before {@link Firms#AS_OF}. */
    private static Map<ProjectStage, LocalDate> stageDates(SplittableRandom random, ProjectStage stage) {
        int reached = stage == ProjectStage.TERMINATED ? random.nextInt(4) : stage.ordinal();
        int[] gaps = new int[reached + (stage == ProjectStage.TERMINATED ? 1 : 0)];
        int total = 0;
        for (int i = 0; i < gaps.length; i++) {
            int[] range = i < reached ? STAGE_GAPS[i] : new int[] {30, 365};
            gaps[i] = Draws.between(random, range[0], range[1]);
            total += gaps[i];
        }
        LocalDate date = Firms.AS_OF.minusDays(Draws.between(random, 0, 720) + total);
        Map<ProjectStage, LocalDate> dates = new EnumMap<>(ProjectStage.class);
        dates.put(ProjectStage.RESERVE, date);
        for (int i = 0; i < gaps.length; i++) {
            date = date.plusDays(gaps[i]);
            dates.put(i < reached ? ProjectStage.PIPELINE.get(i + 1) : ProjectStage.TERMINATED, date);
        }
        return dates;
    }

    private static double fundsInPlace(SplittableRandom random, ProjectStage stage, double amount) {
        double share = switch (stage) {
            case RESERVE, NEGOTIATING -> 0;
            case SIGNED -> Draws.between(random, 0, 0.2);
            case STARTED -> Draws.between(random, 0.2, 0.6);
            case PRODUCING -> Draws.between(random, 0.6, 0.95);
            case EFFECTIVE -> Draws.between(random, 0.9, 1.0);
            case TERMINATED -> Draws.between(random, 0, 0.3);
        };
        return amount * share;
    }

    private static ProjectKeyLevel keyLevel(SplittableRandom random, double amount) {
        if (amount >= 200_000 && Draws.chance(random, 0.6)) {
            return ProjectKeyLevel.PROVINCIAL;
        }
        if (amount >= 50_000 && Draws.chance(random, 0.6)) {
            return ProjectKeyLevel.MUNICIPAL;
        }
        return ProjectKeyLevel.NONE;
    }

    /** The officials in charge of projects (分包领导) of a city, the same for all its projects. */
    private List<String> officials(int city) {
        SplittableRandom random = Draws.forItem(world.seed(), Streams.OFFICIALS, city);
        Set<String> names = new LinkedHashSet<>();
        while (names.size() < OFFICIALS_PER_CITY) {
            StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
            int given = Draws.between(random, 1, 2);
            for (int i = 0; i < given; i++) {
                name.append(GIVEN_NAMES.charAt(random.nextInt(GIVEN_NAMES.length())));
            }
            names.add(name.toString());
        }
        return List.copyOf(names);
    }
}
