package cn.liantu.service;

import cn.liantu.analysis.InvestmentTarget;
import cn.liantu.analysis.SegmentAssessment;
import cn.liantu.analysis.SegmentStatus;
import cn.liantu.analysis.TargetCandidate;
import cn.liantu.analysis.TargetScoring;
import cn.liantu.config.AnalysisSettings;
import cn.liantu.persistence.ChainStructure;
import cn.liantu.persistence.TargetRepository;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * Investment targets: enterprises outside the scope strongest in the segments asked for, by
 * default the scope's BLANK and WEAK leaf segments of the chain (补链, 强链).
 */
@Singleton
public class InvestmentTargetService {

    private final ChainGapService gaps;
    private final ScopeResolver scopes;
    private final TargetRepository repository;
    private final AnalysisSettings settings;

    public InvestmentTargetService(ChainGapService gaps, ScopeResolver scopes, TargetRepository repository,
                                   AnalysisSettings settings) {
        this.gaps = gaps;
        this.scopes = scopes;
        this.repository = repository;
        this.settings = settings;
    }

    public List<InvestmentTarget> targets(String chainId, Map<String, Object> scopeInput, List<String> segmentIds,
                                          int first, Integer asOfYear) {
        AsOfYear asOf = AsOfYear.of(asOfYear);
        ChainStructure chain = gaps.chain(chainId);
        AnalysisScope scope = scopes.resolve(scopeInput);
        List<String> segments = segmentIds == null ? gapSegments(chain, scope, asOf) : checked(chain, segmentIds);
        if (segments.isEmpty() || first == 0) {
            return List.of();
        }
        List<TargetCandidate> candidates = repository.candidates(scope.criteria(), chainId, asOf.date(),
                segments, settings.targetCandidatesPerSegment());
        return TargetScoring.rank(candidates, gaps.config().targets(), first);
    }

    private List<String> gapSegments(ChainStructure chain, AnalysisScope scope, AsOfYear asOf) {
        ChainGapReport report = gaps.report(chain, scope, asOf);
        return report.segments().stream()
                .filter(s -> s.leaf() && (s.status() == SegmentStatus.BLANK
                        || s.status() == SegmentStatus.WEAK))
                .map(SegmentAssessment::segmentId).toList();
    }

    private static List<String> checked(ChainStructure chain, List<String> segmentIds) {
        for (String id : segmentIds) {
            if (!chain.hasSegment(id)) {
                throw ApiException.badInput("Segment '" + id + "' is not a segment of chain " + chain.chain().id()
                        + ": list them with { chain(id: \"" + chain.chain().id() + "\") { segments { id name } } }");
            }
        }
        return segmentIds.stream().distinct().toList();
    }
}
