package cn.liantu.service;

import cn.liantu.analysis.ExtensionCandidate;
import cn.liantu.analysis.ExternalDependency;
import cn.liantu.analysis.GapAnalysis;
import cn.liantu.analysis.ScoreIndicators;
import cn.liantu.analysis.SegmentAssessment;
import cn.liantu.analysis.SegmentStatus;
import cn.liantu.analysis.SupplyRateBasis;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import java.util.List;

/** A chain-gap report: the analysis of a chain in a scope at the end of a year, with its frame. */
public record ChainGapReport(IndustryChain chain, List<ChainSegment> chainSegments, AnalysisScope scope,
                             AsOfYear asOf, GapAnalysis analysis, int localEnterpriseCount) {

    public int asOfYear() {
        return asOf.year();
    }

    public double completeness() {
        return analysis.completeness().completeness();
    }

    public double weightedCompleteness() {
        return analysis.completeness().weightedCompleteness();
    }

    public int leafSegmentCount() {
        return analysis.completeness().leafSegmentCount();
    }

    public int presentLeafSegmentCount() {
        return analysis.completeness().presentLeafSegmentCount();
    }

    public Double localSupplyRate() {
        return analysis.localSupply().rate();
    }

    public SupplyRateBasis localSupplyBasis() {
        return analysis.localSupply().basis();
    }

    public int supplyEdgeCount() {
        return analysis.localSupply().edges();
    }

    public int localSupplyEdgeCount() {
        return analysis.localSupply().localEdges();
    }

    public int strongCount() {
        return analysis.leafCount(SegmentStatus.STRONG);
    }

    public int potentialCount() {
        return analysis.leafCount(SegmentStatus.POTENTIAL);
    }

    public int weakCount() {
        return analysis.leafCount(SegmentStatus.WEAK);
    }

    public int blankCount() {
        return analysis.leafCount(SegmentStatus.BLANK);
    }

    public ScoreIndicators indicatorMaxima() {
        return analysis.indicatorMaxima();
    }

    public List<SegmentAssessment> segments() {
        return analysis.segments();
    }

    public List<SegmentAssessment> gaps() {
        return analysis.gaps();
    }

    public List<SegmentAssessment> weak() {
        return analysis.weak();
    }

    public List<ExtensionCandidate> extensionCandidates() {
        return analysis.extensionCandidates();
    }

    public List<ExternalDependency> externalDependencies() {
        return analysis.externalDependencies();
    }
}
