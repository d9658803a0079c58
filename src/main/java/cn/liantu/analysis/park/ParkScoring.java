package cn.liantu.analysis.park;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * 亩均税收 = tax ÷ land (亩) of a park's operating enterprises; 产业集聚率 = revenue in the leading
 * chains ÷ total revenue, and 一园一主业 when that is at least {@code oneIndustryShare}; classes
 * A/B/C/D by rank in tax per mu: a park whose rank r of n parks has r/n ≤ 25% is A, ≤ 70% B,
 * ≤ 95% C, else D. Parks without land get no rank or class. Pure.
 */
public final class ParkScoring {

    public static final double ONE_INDUSTRY_SHARE = 0.5;

    private ParkScoring() {
    }

    /** Scores of the parks compared, ordered by rank (unranked last, by id). */
    public static List<ParkScore> score(List<ParkFigures> parks, double oneIndustryShare) {
        List<ParkFigures> ranked = parks.stream().filter(p -> p.totalLandMu() > 0)
                .sorted(Comparator.comparingDouble((ParkFigures p) -> p.totalTax() / p.totalLandMu()).reversed()
                        .thenComparing(ParkFigures::parkId))
                .toList();
        Map<String, Integer> rankOf = new HashMap<>();
        for (int i = 0; i < ranked.size(); i++) {
            rankOf.put(ranked.get(i).parkId(), i + 1);
        }
        List<ParkScore> scores = new ArrayList<>();
        for (ParkFigures park : parks) {
            Integer rank = rankOf.get(park.parkId());
            Double taxPerMu = park.totalLandMu() > 0 ? park.totalTax() / park.totalLandMu() : null;
            Double share = park.totalRevenue() > 0 ? park.leadingChainRevenue() / park.totalRevenue() : null;
            scores.add(new ParkScore(park.parkId(), taxPerMu, park.targetTaxPerMu(),
                    taxPerMu == null || park.targetTaxPerMu() == null ? null : taxPerMu >= park.targetTaxPerMu(),
                    share, share == null ? null : share >= oneIndustryShare,
                    rank == null ? null : classOf(rank, ranked.size()), rank, park.enterpriseCount(),
                    park.totalTax(), park.totalLandMu(), park.totalRevenue()));
        }
        scores.sort(Comparator.comparing((ParkScore s) -> s.rank() == null ? Integer.MAX_VALUE : s.rank())
                .thenComparing(ParkScore::parkId));
        return scores;
    }

    static ParkClass classOf(int rank, int count) {
        double position = (double) rank / count;
        if (position <= 0.25) {
            return ParkClass.A;
        }
        if (position <= 0.70) {
            return ParkClass.B;
        }
        if (position <= 0.95) {
            return ParkClass.C;
        }
        return ParkClass.D;
    }
}
