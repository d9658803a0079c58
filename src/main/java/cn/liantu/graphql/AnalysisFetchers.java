package cn.liantu.graphql;

import cn.liantu.analysis.ExtensionCandidate;
import cn.liantu.analysis.ExternalDependency;
import cn.liantu.analysis.Exposure;
import cn.liantu.analysis.InvestmentTarget;
import cn.liantu.analysis.KeyInput;
import cn.liantu.analysis.SegmentAssessment;
import cn.liantu.analysis.SupplyDemandMatch;
import cn.liantu.analysis.SupplyDirection;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.Enterprise;
import cn.liantu.domain.ProjectStage;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.service.ChainGapReport;
import cn.liantu.service.ChainGapService;
import cn.liantu.service.InvestmentTargetService;
import cn.liantu.service.SupplyChainReport;
import cn.liantu.service.SupplyDemandService;
import cn.liantu.service.SupplyNetworkService;
import graphql.execution.DataFetcherResult;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;

/**
 * The chain-gap analysis API: reads arguments, calls the services and maps their results. Nested
 * entities come through the request's batch loaders, primed with what a report already holds.
 */
@Singleton
public class AnalysisFetchers implements SchemaWiring {

    private static final List<String> PIPELINE_STAGES = ProjectStage.PIPELINE.stream().map(Enum::name).toList();

    private final ChainGapService gaps;
    private final InvestmentTargetService targets;
    private final SupplyNetworkService networks;
    private final SupplyDemandService matches;
    private final Arguments arguments;

    public AnalysisFetchers(ChainGapService gaps, InvestmentTargetService targets, SupplyNetworkService networks,
                            SupplyDemandService matches, Arguments arguments) {
        this.gaps = gaps;
        this.targets = targets;
        this.networks = networks;
        this.matches = matches;
        this.arguments = arguments;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("chainGapReport", env -> primed(env, gaps.report(env.<String>getArgument("chainId"),
                        env.<Map<String, Object>>getArgument("scope"), env.<Integer>getArgument("asOfYear"))))
                .dataFetcher("compareScopes", env -> gaps.compare(env.getArgument("chainId"),
                        env.getArgument("scopes"), env.getArgument("asOfYear")).stream()
                        .map(report -> primed(env, report)).toList())
                .dataFetcher("investmentTargets", this::investmentTargets)
                .dataFetcher("supplyChain", this::supplyChain)
                .dataFetcher("exposure", env -> networks.exposure(env.getArgument("uscc"), env.getArgument("scope"),
                        env.getArgument("maxTiers"), env.getArgument("year")))
                .dataFetcher("supplyDemandMatches", env -> matches.matches(env.getArgument("chainId"),
                        env.getArgument("scope"), arguments.limit(env, "first", 20), env.getArgument("asOfYear"))));
        wiring.type("ChainGapReport", type -> type
                .dataFetcher("segments", env -> withSegmentContext(env, ChainGapReport::segments))
                .dataFetcher("gaps", env -> withSegmentContext(env, ChainGapReport::gaps))
                .dataFetcher("weak", env -> withSegmentContext(env, ChainGapReport::weak)));
        wiring.type("SegmentAssessment", type -> type
                .dataFetcher("segment", env -> segment(env, env.<SegmentAssessment>getSource().segmentId()))
                .dataFetcher("enterprises", this::localEnterprises)
                .dataFetcher("projects", this::servingProjects));
        wiring.type("ExtensionCandidate", type -> type
                .dataFetcher("segment", env -> segment(env, env.<ExtensionCandidate>getSource().segmentId()))
                .dataFetcher("feeds", env -> all(env, Loaders.SEGMENT, env.<ExtensionCandidate>getSource().feeds()))
                .dataFetcher("fedBy", env -> all(env, Loaders.SEGMENT, env.<ExtensionCandidate>getSource().fedBy())));
        wiring.type("ExternalDependency", type -> type
                .dataFetcher("segment", env -> segment(env, env.<ExternalDependency>getSource().segmentId())));
        wiring.type("DependencySupplier", type -> type
                .dataFetcher("enterprise", env -> enterprise(env, env.<KeyInput.InputSupplier>getSource().enterpriseId())));
        wiring.type("InvestmentTarget", type -> type
                .dataFetcher("enterprise", env -> enterprise(env, env.<InvestmentTarget>getSource().enterpriseId()))
                .dataFetcher("segment", env -> segment(env, env.<InvestmentTarget>getSource().segmentId())));
        wiring.type("SupplyChainEntry", type -> type
                .dataFetcher("enterprise", env -> enterprise(env, env.<SupplyChainReport.Entry>getSource().enterpriseId()))
                .dataFetcher("path", env -> all(env, Loaders.ENTERPRISE, env.<SupplyChainReport.Entry>getSource().path())));
        wiring.type("ExposedEnterprise", type -> type
                .dataFetcher("enterprise", env -> enterprise(env, env.<Exposure.Affected>getSource().enterpriseId()))
                .dataFetcher("path", env -> all(env, Loaders.ENTERPRISE, env.<Exposure.Affected>getSource().path())));
        wiring.type("SupplyDemandMatch", type -> type
                .dataFetcher("buyer", env -> enterprise(env, env.<SupplyDemandMatch>getSource().buyerId()))
                .dataFetcher("supplier", env -> enterprise(env, env.<SupplyDemandMatch>getSource().supplierId()))
                .dataFetcher("segment", env -> segment(env, env.<SupplyDemandMatch>getSource().segmentId())));
    }

    /** The targets, with their chain's segments primed (reused figures: no statement) for the segment fields. */
    private List<InvestmentTarget> investmentTargets(DataFetchingEnvironment env) {
        String chainId = env.getArgument("chainId");
        List<InvestmentTarget> found = targets.targets(chainId, env.getArgument("scope"), env.getArgument("segmentIds"),
                arguments.limit(env, "first", 20), env.getArgument("asOfYear"));
        DataLoader<String, ChainSegment> segments = env.getDataLoader(Loaders.SEGMENT);
        gaps.chain(chainId).segments().forEach(segment -> segments.prime(segment.id(), segment));
        return found;
    }

    private SupplyChainReport supplyChain(DataFetchingEnvironment env) {
        Map<String, Object> filter = env.getArgument("filter");
        SupplyNetworkService.Filter parsed = filter == null ? new SupplyNetworkService.Filter(null, null, null)
                : new SupplyNetworkService.Filter(castMap(filter.get("scope")), (Boolean) filter.get("inside"),
                        (String) filter.get("segmentId"));
        SupplyDirection direction = Arguments.enumValue(SupplyDirection.class, env.getArgument("direction"));
        return networks.supplyChain(env.getArgument("uscc"), direction, env.getArgument("maxTiers"),
                env.getArgument("year"), parsed, arguments.limit(env, "first", 100));
    }

    /** The report, with its chain and segments primed in the loaders so fields on them cost nothing more. */
    private static ChainGapReport primed(DataFetchingEnvironment env, ChainGapReport report) {
        env.getDataLoader(Loaders.CHAIN).prime(report.chain().id(), report.chain());
        DataLoader<String, ChainSegment> segments = env.getDataLoader(Loaders.SEGMENT);
        report.chainSegments().forEach(segment -> segments.prime(segment.id(), segment));
        return report;
    }

    private static DataFetcherResult<List<SegmentAssessment>> withSegmentContext(
            DataFetchingEnvironment env, Function<ChainGapReport, List<SegmentAssessment>> list) {
        ChainGapReport report = env.getSource();
        return DataFetcherResult.<List<SegmentAssessment>>newResult().data(list.apply(report))
                .localContext(new AnalysisLoaders.SegmentContext(report.scope().criteria(), report.asOf().date()))
                .build();
    }

    private CompletableFuture<Connection<Enterprise>> localEnterprises(DataFetchingEnvironment env) {
        AnalysisLoaders.SegmentContext context = env.getLocalContext();
        String segmentId = env.<SegmentAssessment>getSource().segmentId();
        PageRequest page = arguments.page(env);
        var pageKey = new AnalysisLoaders.Key<>(segmentId, new AnalysisLoaders.EnterprisePage(context, page));
        CompletableFuture<List<Enterprise>> items = Fetch.loadList(env, AnalysisLoaders.SEGMENT_ENTERPRISE_PAGES,
                pageKey);
        return items.thenApply(fetched -> Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                () -> Fetch.<AnalysisLoaders.Key<AnalysisLoaders.SegmentContext>, Integer>load(env,
                        AnalysisLoaders.SEGMENT_ENTERPRISE_COUNTS, new AnalysisLoaders.Key<>(segmentId, context))));
    }

    private CompletableFuture<List<AnalysisLoaders.ServingProject>> servingProjects(DataFetchingEnvironment env) {
        AnalysisLoaders.SegmentContext context = env.getLocalContext();
        List<?> stages = env.getArgument("stages");
        List<String> wanted = stages == null ? PIPELINE_STAGES : stages.stream().map(String::valueOf).toList();
        return Fetch.loadList(env, AnalysisLoaders.SEGMENT_PROJECTS, new AnalysisLoaders.Key<>(
                env.<SegmentAssessment>getSource().segmentId(), new AnalysisLoaders.Projects(context.scope(), wanted)));
    }

    private static CompletableFuture<Object> segment(DataFetchingEnvironment env, String id) {
        return Fetch.load(env, Loaders.SEGMENT, id);
    }

    private static CompletableFuture<Object> enterprise(DataFetchingEnvironment env, String id) {
        return Fetch.load(env, Loaders.ENTERPRISE, id);
    }

    private static <T> CompletableFuture<List<T>> all(DataFetchingEnvironment env, String loader, List<String> ids) {
        DataLoader<String, T> dataLoader = env.getDataLoader(loader);
        return dataLoader.loadMany(ids);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }
}
