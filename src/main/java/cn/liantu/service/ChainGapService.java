package cn.liantu.service;

import cn.liantu.analysis.AnalysisConfig;
import cn.liantu.analysis.GapAnalysis;
import cn.liantu.analysis.LocalChainFacts;
import cn.liantu.analysis.SegmentFacts;
import cn.liantu.config.AnalysisSettings;
import cn.liantu.persistence.ChainStructure;
import cn.liantu.persistence.GapReportRepository;
import cn.liantu.persistence.query.ScopeCriteria;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Chain-gap reports: loads the chain and the per-segment aggregates of a scope (a fixed number of
 * statements whatever the number of enterprises) and hands them to the analysis.
 */
@Singleton
public class ChainGapService {

    static final int MAX_COMPARED_SCOPES = 10;

    private final GapReportRepository repository;
    private final ScopeResolver scopes;
    private final AnalysisConfig config;

    public ChainGapService(GapReportRepository repository, ScopeResolver scopes, AnalysisSettings settings) {
        this.repository = repository;
        this.scopes = scopes;
        this.config = settings.config();
    }

    public ChainGapReport report(String chainId, Map<String, Object> scope, Integer asOfYear) {
        AsOfYear asOf = AsOfYear.of(asOfYear);
        ChainStructure chain = chain(chainId);
        return report(chain, scopes.resolve(scope), asOf);
    }

    public List<ChainGapReport> compare(String chainId, List<Map<String, Object>> scopeInputs, Integer asOfYear) {
        if (scopeInputs.isEmpty() || scopeInputs.size() > MAX_COMPARED_SCOPES) {
            throw ApiException.badInput("scopes must hold between 1 and " + MAX_COMPARED_SCOPES + " scopes, got "
                    + scopeInputs.size());
        }
        AsOfYear asOf = AsOfYear.of(asOfYear);
        ChainStructure chain = chain(chainId);
        return scopes.resolveAll(scopeInputs, "scopes").stream().map(scope -> report(chain, scope, asOf)).toList();
    }

    /** The chain, or NOT_FOUND saying how to find chain ids. */
    public ChainStructure chain(String chainId) {
        return repository.structure(chainId).orElseThrow(() -> ApiException.notFound("No industry chain with id '"
                + chainId + "': list chains with { chains { edges { node { id name } } } }"));
    }

    public ChainGapReport report(ChainStructure chain, AnalysisScope scope, AsOfYear asOf) {
        String chainId = chain.chain().id();
        ScopeCriteria criteria = scope.criteria();
        LocalChainFacts local = repository.localFacts(chainId, criteria, asOf.date(), asOf.year());
        List<SegmentFacts> facts = repository.segmentFacts(chain, criteria, asOf.date(), local);
        GapAnalysis analysis = GapAnalysis.of(facts, chain.flows(), local.supply(), local.keyInputs(), config);
        return new ChainGapReport(chain.chain(), chain.segments(), scope, asOf, analysis, local.enterprises());
    }

    AnalysisConfig config() {
        return config;
    }
}
