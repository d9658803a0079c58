package cn.liantu.service;

import cn.liantu.analysis.Exposure;
import cn.liantu.analysis.SupplyChainFilter;
import cn.liantu.analysis.SupplyChainView;
import cn.liantu.analysis.SupplyDirection;
import cn.liantu.analysis.SupplyTiers;
import cn.liantu.analysis.TierEntry;
import cn.liantu.domain.Enterprise;
import cn.liantu.persistence.AnalysisRepository;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.SupplyNetworkQueries;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Supply networks around one enterprise: its suppliers or customers tier by tier (供应链穿透),
 * and the enterprises of a scope exposed if it stopped (断供影响). The database returns the
 * links within reach in one statement; the tiers and paths are worked out by the analysis.
 */
@Singleton
public class SupplyNetworkService {

    /** What a supply chain lists: a scope with inside/outside, a segment; all optional. */
    public record Filter(Map<String, Object> scope, Boolean inside, String segmentId) {
    }

    private final AnalysisRepository repository;
    private final ScopeResolver scopes;
    private final Cypher cypher;

    public SupplyNetworkService(AnalysisRepository repository, ScopeResolver scopes, Cypher cypher) {
        this.repository = repository;
        this.scopes = scopes;
        this.cypher = cypher;
    }

    public SupplyChainReport supplyChain(String uscc, SupplyDirection direction, Integer maxTiers, Integer year,
                                         Filter filter, int first) {
        int tiers = checkedTiers(maxTiers);
        Enterprise root = enterprise(uscc);
        AnalysisScope scope = filter.scope() == null ? null : scopes.resolve(filter.scope());
        if (filter.inside() != null && scope == null) {
            throw ApiException.badInput("filter.inside needs filter.scope: say which region or park it refers to");
        }
        if (filter.segmentId() != null) {
            checkSegment(filter.segmentId());
        }
        AnalysisRepository.SupplyNetwork network = repository.supplyNetwork(root.id(), direction, tiers, year,
                scope == null ? null : scope.criteria(), filter.segmentId());
        List<TierEntry> walked = SupplyTiers.walk(root.id(), network.links(), direction, tiers);
        SupplyChainView view = SupplyChainView.of(walked, network.facts(),
                new SupplyChainFilter(filter.inside(), filter.segmentId() != null), scope != null);
        List<SupplyChainReport.Entry> entries = view.entries().stream().limit(first)
                .map(e -> new SupplyChainReport.Entry(e.enterpriseId(), e.tier(), e.path(), e.linkValue(), e.products(),
                        scope == null ? null : network.facts().get(e.enterpriseId()).inScope()))
                .toList();
        return new SupplyChainReport(root, direction, tiers, year, scope, view.entries().size(), entries, view.tiers());
    }

    public ExposureReport exposure(String uscc, Map<String, Object> scopeInput, Integer maxTiers, Integer year) {
        int tiers = checkedTiers(maxTiers);
        Enterprise enterprise = enterprise(uscc);
        AnalysisScope scope = scopes.resolve(scopeInput);
        ScopeCriteria criteria = scope.criteria();
        AnalysisRepository.SupplyNetwork network = repository.supplyNetwork(enterprise.id(),
                SupplyDirection.DOWNSTREAM, tiers, year, criteria, null);
        List<TierEntry> downstream = SupplyTiers.walk(enterprise.id(), network.links(), SupplyDirection.DOWNSTREAM,
                tiers);
        return new ExposureReport(enterprise, scope, tiers, year, Exposure.of(downstream, network.facts()));
    }

    private static int checkedTiers(Integer maxTiers) {
        int tiers = maxTiers == null ? 2 : maxTiers;
        if (tiers < 1 || tiers > SupplyNetworkQueries.MAX_TIERS) {
            throw ApiException.badInput("maxTiers must be between 1 and " + SupplyNetworkQueries.MAX_TIERS + ", got "
                    + tiers);
        }
        return tiers;
    }

    private Enterprise enterprise(String uscc) {
        String id = uscc.trim().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            throw ApiException.badInput("uscc is empty: give the 18-character 统一社会信用代码");
        }
        return repository.enterprise(id).orElseThrow(() -> ApiException.notFound("No enterprise with USCC '" + id
                + "': find it with { search(text: \"…\") { kind id name } }"));
    }

    private void checkSegment(String segmentId) {
        boolean known = cypher.readGrouped(QueryCatalog.get("chain/find_segments_by_ids"), List.of(segmentId),
                Map.of(), Rows::segment).containsKey(segmentId);
        if (!known) {
            throw ApiException.notFound("No segment with id '" + segmentId
                    + "': list a chain's segments with { chain(id: \"…\") { segments { id name } } }");
        }
    }
}
