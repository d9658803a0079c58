package cn.liantu.persistence;

import cn.liantu.analysis.TargetCandidate;
import cn.liantu.domain.Enterprise;
import cn.liantu.persistence.SegmentRanking.RankedEnterprise;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.EnterprisePlace;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.TargetQueries;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Loads the candidates of the investment-target search: per segment, the biggest operating
 * enterprises outside the scope with the evidence they are scored on. Which enterprises a segment
 * has, by revenue, is the same for every scope and reused for a while ({@link SharedFigures});
 * a request loads only its scope's supply ties (one statement).
 */
@Singleton
public class TargetRepository {

    /**
     * How many of a segment's enterprises are kept per candidate asked for: the rest leaves room
     * for those in the scope. A scope holding more of them loads the whole segment.
     */
    static final int RANKED_PER_CANDIDATE = 2;
    private static final int MAX_RANKINGS = 256;

    private record RankingKey(String chainId, String segmentId, LocalDate asOf) {
    }

    private record SupplyTies(int customersInScope, int suppliersInScope) {
        static final SupplyTies NONE = new SupplyTies(0, 0);
    }

    private final Cypher cypher;
    private final SharedFigures.Cache<RankingKey, SegmentRanking> rankings;

    public TargetRepository(Cypher cypher, SharedFigures shared) {
        this.cypher = cypher;
        this.rankings = shared.cache(MAX_RANKINGS);
    }

    /**
     * The first {@code perSegment} operating enterprises by revenue outside the scope of each
     * segment, in the order of {@code segmentIds} and by revenue within a segment.
     */
    public List<TargetCandidate> candidates(ScopeCriteria scope, String chainId, LocalDate asOf,
                                            List<String> segmentIds, int perSegment) {
        Map<String, SegmentRanking> bySegment = rankings(chainId, asOf, segmentIds, perSegment * RANKED_PER_CANDIDATE);
        Map<String, List<RankedEnterprise>> chosen = new HashMap<>();
        List<String> tooShort = new ArrayList<>();
        for (SegmentRanking ranking : bySegment.values()) {
            ranking.firstOutside(scope::contains, perSegment).ifPresentOrElse(
                    first -> chosen.put(ranking.segmentId(), first), () -> tooShort.add(ranking.segmentId()));
        }
        if (!tooShort.isEmpty()) {
            for (SegmentRanking whole : load(chainId, asOf, tooShort, Integer.MAX_VALUE).values()) {
                bySegment.put(whole.segmentId(), whole);
                chosen.put(whole.segmentId(), whole.firstOutside(scope::contains, perSegment).orElseThrow());
            }
        }
        Set<String> ids = new LinkedHashSet<>();
        chosen.values().forEach(first -> first.forEach(e -> ids.add(e.id())));
        Map<String, SupplyTies> ties = ids.isEmpty() ? Map.of() : supplyTies(scope, List.copyOf(ids));

        List<TargetCandidate> candidates = new ArrayList<>();
        for (String segmentId : segmentIds) {
            SegmentRanking ranking = bySegment.get(segmentId);
            for (RankedEnterprise e : chosen.getOrDefault(segmentId, List.of())) {
                SupplyTies tie = ties.getOrDefault(e.id(), SupplyTies.NONE);
                candidates.add(new TargetCandidate(e.id(), e.name(), segmentId, ranking.segmentName(), e.revenue(),
                        ranking.topRevenue(), ranking.segmentRevenue(), e.tags(), e.rankings(), e.leadsChainIn(),
                        tie.customersInScope(), tie.suppliersInScope()));
            }
        }
        return candidates;
    }

    /** The rankings of the segments found, each holding at least {@code length} enterprises or all. */
    private Map<String, SegmentRanking> rankings(String chainId, LocalDate asOf, List<String> segmentIds, int length) {
        Map<String, SegmentRanking> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String segmentId : segmentIds) {
            rankings.fresh(new RankingKey(chainId, segmentId, asOf))
                    .filter(ranking -> ranking.complete() || ranking.enterprises().size() >= length)
                    .ifPresentOrElse(ranking -> found.put(segmentId, ranking), () -> missing.add(segmentId));
        }
        if (!missing.isEmpty()) {
            found.putAll(load(chainId, asOf, missing, length));
        }
        return found;
    }

    private Map<String, SegmentRanking> load(String chainId, LocalDate asOf, List<String> segmentIds, int length) {
        BuiltQuery built = TargetQueries.segmentRankings(chainId, asOf, segmentIds, length);
        long generation = rankings.generation();
        Map<String, SegmentRanking> loaded = new LinkedHashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            List<RankedEnterprise> ranked = row.get("ranked").asList(TargetRepository::rankedEnterprise);
            SegmentRanking ranking = new SegmentRanking(row.get("segmentId").asString(),
                    row.get("segmentName").asString(), Amounts.orZero(row.get("topRevenue")),
                    Amounts.orZero(row.get("segmentRevenue")), ranked,
                    ranked.size() == row.get("operatingCount").asInt());
            rankings.put(new RankingKey(chainId, ranking.segmentId(), asOf), ranking, generation);
            loaded.put(ranking.segmentId(), ranking);
        }
        return loaded;
    }

    private static RankedEnterprise rankedEnterprise(Value item) {
        Enterprise facts = Rows.enterprise(item); // only the properties the statement projected
        EnterprisePlace place = new EnterprisePlace(Rows.string(item, "countryCode"),
                Rows.string(item, "provinceCode"), Rows.string(item, "cityCode"), Rows.string(item, "countyCode"),
                Rows.string(item, "parkId"));
        return new RankedEnterprise(facts.id(), facts.name(), facts.revenue(), facts.tags(), facts.rankings(),
                item.get("leadsChainIn").asList(Value::asString), place);
    }

    private Map<String, SupplyTies> supplyTies(ScopeCriteria scope, List<String> enterpriseIds) {
        BuiltQuery built = TargetQueries.supplyTies(scope, enterpriseIds, TargetQueries.SCOPE_SIDE_LIMIT);
        Map<String, SupplyTies> ties = new HashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            ties.put(row.get("enterpriseId").asString(), new SupplyTies(row.get("customersInScope").asInt(),
                    row.get("suppliersInScope").asInt()));
        }
        return ties;
    }
}
