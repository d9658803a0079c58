package cn.liantu.analysis;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.RankingList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Scores and ranks investment targets. The score is the sum of the points of five factors:
 * strength (revenue relative to the segment's biggest firm), tags (per tag, capped), the best
 * ranking list held, chain leadership, and supply ties to the scope (per tied firm, capped).
 * An enterprise appears once, for the segment where it scores best (the candidates come without
 * the scope's own enterprises). Ties are broken by revenue, then id.
 */
public final class TargetScoring {

    private static final Comparator<InvestmentTarget> RANKED = Comparator
            .comparingDouble(InvestmentTarget::score).reversed()
            .thenComparing(t -> t.revenue() == null ? 0 : t.revenue(), Comparator.reverseOrder())
            .thenComparing(InvestmentTarget::enterpriseId);

    private TargetScoring() {
    }

    public static List<InvestmentTarget> rank(List<TargetCandidate> candidates, TargetWeights weights, int first) {
        Map<String, InvestmentTarget> best = new LinkedHashMap<>();
        for (TargetCandidate candidate : candidates) {
            InvestmentTarget target = score(candidate, weights);
            best.merge(candidate.enterpriseId(), target, (kept, next) -> next.score() > kept.score() ? next : kept);
        }
        return best.values().stream().sorted(RANKED).limit(first).toList();
    }

    public static InvestmentTarget score(TargetCandidate c, TargetWeights weights) {
        List<TargetReason> reasons = new ArrayList<>();
        double revenue = c.revenue() == null ? 0 : c.revenue();
        if (revenue > 0 && c.segmentTopRevenue() > 0) {
            double points = weights.strength() * revenue / c.segmentTopRevenue();
            reasons.add(new TargetReason(TargetFactor.STRENGTH, Numbers.round1(points), String.format(Locale.ROOT,
                    "revenue %s 万元 in %s: %s%% of the segment's revenue, %s%% of its biggest firm",
                    amount(revenue), c.segmentName(), percent(Numbers.ratio(revenue, c.segmentRevenue())),
                    percent(revenue / c.segmentTopRevenue()))));
        }
        if (!c.tags().isEmpty()) {
            double points = Math.min(weights.tagCap(), weights.perTag() * c.tags().size());
            reasons.add(new TargetReason(TargetFactor.TAGS, Numbers.round1(points),
                    "tags " + c.tags().stream().map(EnterpriseTag::name).collect(Collectors.joining(", "))));
        }
        Ranking ranking = bestRanking(c.rankings(), weights);
        if (ranking != null && rankingPoints(ranking.list(), weights) > 0) {
            reasons.add(new TargetReason(TargetFactor.RANKING, Numbers.round1(rankingPoints(ranking.list(), weights)),
                    ranking.list().name() + " " + ranking.year() + (ranking.rank() == null ? "" : " #" + ranking.rank())));
        }
        if (!c.leadsChainIn().isEmpty()) {
            reasons.add(new TargetReason(TargetFactor.CHAIN_LEADER, Numbers.round1(weights.chainLeader()),
                    "chain leader (链主) in " + String.join(", ", c.leadsChainIn())));
        }
        int ties = c.customersInScope() + c.suppliersInScope();
        if (ties > 0) {
            double points = Math.min(weights.supplyTieCap(), weights.perSupplyTie() * ties);
            reasons.add(new TargetReason(TargetFactor.SUPPLY_TIES, Numbers.round1(points), String.format(Locale.ROOT,
                    "supplies %d and buys from %d enterprises in the scope (以商招商)", c.customersInScope(),
                    c.suppliersInScope())));
        }
        double score = Numbers.round1(reasons.stream().mapToDouble(TargetReason::points).sum());
        return new InvestmentTarget(c.enterpriseId(), c.segmentId(), score, c.revenue(), List.copyOf(reasons));
    }

    private static Ranking bestRanking(List<Ranking> rankings, TargetWeights weights) {
        return rankings.stream()
                .max(Comparator.comparingDouble((Ranking r) -> rankingPoints(r.list(), weights))
                        .thenComparingInt(Ranking::year)
                        .thenComparing(r -> r.rank() == null ? Integer.MAX_VALUE : r.rank(), Comparator.reverseOrder()))
                .orElse(null);
    }

    private static double rankingPoints(RankingList list, TargetWeights weights) {
        return switch (list) {
            case FORTUNE_GLOBAL_500 -> weights.fortuneGlobal500();
            case CHINA_500 -> weights.china500();
            case INDUSTRY_TOP_50 -> weights.industryTop50();
        };
    }

    private static String amount(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f", 100 * share);
    }
}
