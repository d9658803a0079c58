package cn.liantu.service;

import cn.liantu.analysis.InputNeed;
import cn.liantu.analysis.LocalSupplier;
import cn.liantu.analysis.SupplyDemandMatch;
import cn.liantu.analysis.SupplyDemandMatching;
import cn.liantu.config.AnalysisSettings;
import cn.liantu.persistence.AnalysisRepository;
import cn.liantu.persistence.GapReportRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** 产销对接: local buyers paired with local enterprises that could supply what they buy from outside. */
@Singleton
public class SupplyDemandService {

    private final ChainGapService gaps;
    private final ScopeResolver scopes;
    private final AnalysisRepository repository;
    private final GapReportRepository gapReports;
    private final AnalysisSettings settings;

    public SupplyDemandService(ChainGapService gaps, ScopeResolver scopes, AnalysisRepository repository,
                               GapReportRepository gapReports, AnalysisSettings settings) {
        this.gaps = gaps;
        this.scopes = scopes;
        this.repository = repository;
        this.gapReports = gapReports;
        this.settings = settings;
    }

    public List<SupplyDemandMatch> matches(String chainId, Map<String, Object> scopeInput, int first,
                                           Integer asOfYear) {
        AsOfYear asOf = AsOfYear.of(asOfYear);
        gaps.chain(chainId);
        AnalysisScope scope = scopes.resolve(scopeInput);
        List<InputNeed> needs = repository.outsidePurchases(scope.criteria(), chainId, asOf.date(), asOf.year(),
                gapReports.productSegments(chainId));
        List<String> segments = needs.stream().map(InputNeed::segmentId).distinct().sorted().toList();
        Map<String, List<LocalSupplier>> suppliers = repository.localSuppliers(scope.criteria(), asOf.date(), segments,
                settings.matchSuppliersPerSegment());
        return SupplyDemandMatching.match(needs, suppliers, first);
    }
}
