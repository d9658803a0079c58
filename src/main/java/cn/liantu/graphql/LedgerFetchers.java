package cn.liantu.graphql;

import cn.liantu.analysis.park.ParkScore;
import cn.liantu.domain.Park;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.RegionDirectory;
import cn.liantu.persistence.query.LedgerQueries;
import cn.liantu.service.ApiException;
import cn.liantu.service.LedgerService;
import cn.liantu.service.ScopeResolver;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The project ledger, overdue projects and park scorecards. */
@Singleton
public class LedgerFetchers implements SchemaWiring {

    private final LedgerService ledger;
    private final ScopeResolver scopes;
    private final Arguments arguments;
    private final RegionDirectory regions;

    public LedgerFetchers(LedgerService ledger, ScopeResolver scopes, Arguments arguments, RegionDirectory regions) {
        this.ledger = ledger;
        this.scopes = scopes;
        this.arguments = arguments;
        this.regions = regions;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("projectLedger", env -> ledger.ledger(scopes.resolveOptional(env.getArgument("scope")),
                        env.getArgument("chainId"), env.getArgument("signedFrom"), env.getArgument("signedTo"),
                        LedgerQueries.Grouping.valueOf(env.getArgument("groupBy"))))
                .dataFetcher("overdueProjects", env -> {
                    LocalDate asOf = env.getArgument("asOf");
                    return ledger.overdue(scopes.resolveOptional(env.getArgument("scope")),
                            ProjectStage.valueOf(env.getArgument("stage")), env.<Integer>getArgument("olderThanDays"),
                            asOf == null ? LocalDate.now() : asOf);
                })
                .dataFetcher("parkScorecard", env -> ledger.scorecard(arguments.region(env.getArgument("regionCode")),
                        yearEnd(env))));
        wiring.type("ParkScore", type -> type
                .dataFetcher("park", env -> Fetch.load(env, Loaders.PARK, env.<ParkScore>getSource().parkId())));
        wiring.type("Park", type -> type.dataFetcher("score", this::parkScore));
    }

    /**
     * A park's score among the parks of its city. One statement per city and year; parks of the
     * same city in one request share it through the loader-free cache of this request's context.
     */
    private ParkScore parkScore(DataFetchingEnvironment env) {
        Park park = env.getSource();
        Region peers = cityOf(park.regionCode());
        Map<String, List<ParkScore>> cache = env.getGraphQlContext().computeIfAbsent("parkScoreCache",
                key -> new java.util.concurrent.ConcurrentHashMap<String, List<ParkScore>>());
        LocalDate end = yearEnd(env);
        List<ParkScore> scores = cache.computeIfAbsent(peers.code() + "|" + end, key -> ledger.scorecard(peers, end));
        return scores.stream().filter(score -> score.parkId().equals(park.id())).findFirst().orElse(null);
    }

    private Region cityOf(String regionCode) {
        Region region = arguments.region(regionCode);
        if (region.level() == RegionLevel.COUNTY && region.parentCode() != null) {
            return regions.find(region.parentCode()).orElse(region);
        }
        return region;
    }

    private static LocalDate yearEnd(DataFetchingEnvironment env) {
        Integer year = env.getArgument("year");
        if (year == null) {
            return LocalDate.now();
        }
        if (year < 1900 || year > 2100) {
            throw ApiException.badInput("year must be between 1900 and 2100, got " + year);
        }
        return LocalDate.of(year, 12, 31);
    }
}
