package cn.liantu.importer.generator;

import cn.liantu.domain.Ranking;
import cn.liantu.domain.RankingList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Ranks the largest firms in one pass over all revenues (keeping only the top few thousand):
 * 中国500强 the world's top firms (up to 500), 世界500强 its very largest (ranks spread over the
 * 500, as Chinese firms are), 行业50强 each chain's top firms (up to 50); for this year by revenue
 * and for last year by last year's revenue. Most of the largest firms are listed and get a stock
 * code of the main boards, ChiNext or STAR.
 */
final class RankingGenerator {

    static final int THIS_YEAR = 2026;
    static final int LAST_YEAR = 2025;
    private static final int MAX_LISTED_CANDIDATES = 2_000;
    private static final List<String> BOARD_PREFIXES = List.of("600", "000", "300", "688");

    private RankingGenerator() {
    }

    static int china500Size(int enterprises) {
        return Math.clamp(enterprises / 200, 5, 500);
    }

    static int global500Size(int enterprises) {
        return Math.clamp(enterprises / 5_000, 1, 120);
    }

    static int industryTopSize(int firmsInChain) {
        return Math.clamp(firmsInChain / 20, 3, 50);
    }

    static Rankings generate(WorldPlan world, Firms firms) {
        int total = firms.count();
        int china500 = china500Size(total);
        int candidates = Math.max(china500, Math.min(MAX_LISTED_CANDIDATES, total / 50));
        TopFirms largest = new TopFirms(Math.min(total, candidates));
        List<TopFirms> largestInChain = new ArrayList<>();
        for (int chain = 0; chain < world.catalog().chainCount(); chain++) {
            largestInChain.add(new TopFirms(industryTopSize(firmsInChain(world, chain))));
        }
        FirmLayout layout = world.layout();
        for (int firm = 0; firm < total; firm++) {
            Firms.Revenues revenues = firms.revenues(firm);
            TopFirms.Candidate candidate = new TopFirms.Candidate(firm, revenues.current(), revenues.lastYear());
            largest.offer(candidate);
            int chain = world.catalog().chainOfLeaf(layout.leafOfCell(layout.cellOf(firm)));
            largestInChain.get(chain).offer(candidate);
        }

        Map<Integer, List<Ranking>> byFirm = new TreeMap<>();
        rank(byFirm, largest, RankingList.FORTUNE_GLOBAL_500, global500Size(total), true);
        rank(byFirm, largest, RankingList.CHINA_500, china500, false);
        for (TopFirms chainTop : largestInChain) {
            rank(byFirm, chainTop, RankingList.INDUSTRY_TOP_50, Integer.MAX_VALUE, false);
        }
        byFirm.replaceAll((firm, rankings) -> List.copyOf(rankings));
        return new Rankings(byFirm, stockCodes(world.seed(), largest));
    }

    private static int firmsInChain(WorldPlan world, int chain) {
        int count = 0;
        for (int leaf = world.catalog().firstLeaf(chain); leaf < world.catalog().leafEnd(chain); leaf++) {
            count += world.layout().countInCities(leaf, 0, world.layout().cities());
        }
        return count;
    }

    private static void rank(Map<Integer, List<Ranking>> byFirm, TopFirms top, RankingList list, int size,
                             boolean spreadOverList) {
        rankYear(byFirm, top.sorted(TopFirms.LARGEST_LAST_YEAR_FIRST), list, LAST_YEAR, size, spreadOverList);
        rankYear(byFirm, top.sorted(TopFirms.LARGEST_FIRST), list, THIS_YEAR, size, spreadOverList);
    }

    private static void rankYear(Map<Integer, List<Ranking>> byFirm, List<TopFirms.Candidate> ordered,
                                 RankingList list, int year, int size, boolean spreadOverList) {
        int ranked = Math.min(size, ordered.size());
        for (int i = 0; i < ranked; i++) {
            int rank = spreadOverList ? 1 + i * 480 / ranked : i + 1;
            byFirm.computeIfAbsent(ordered.get(i).firm(), firm -> new ArrayList<>()).add(new Ranking(list, year, rank));
        }
    }

    /** Three in five of the largest firms are listed; codes are handed out board by board, in order. */
    private static Map<Integer, String> stockCodes(long seed, TopFirms largest) {
        Map<Integer, String> codes = new LinkedHashMap<>();
        for (TopFirms.Candidate candidate : largest.sorted(Comparator.comparingInt(TopFirms.Candidate::firm))) {
            if (!Draws.chance(Draws.forItem(seed, Streams.RANKINGS, candidate.firm()), 0.6)) {
                continue;
            }
            int listed = codes.size();
            codes.put(candidate.firm(), BOARD_PREFIXES.get(listed % BOARD_PREFIXES.size())
                    + String.format(Locale.ROOT, "%03d", 1 + listed / BOARD_PREFIXES.size()));
        }
        return codes;
    }
}
