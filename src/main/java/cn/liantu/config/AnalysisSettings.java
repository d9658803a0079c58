package cn.liantu.config;

import cn.liantu.analysis.AnalysisConfig;
import cn.liantu.analysis.TargetWeights;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Weights and thresholds of the chain-gap analysis (prefix {@code liantu.analysis}), with the
 * defaults of DOMAIN.md. Point values of the investment-target score are under
 * {@code liantu.analysis.target-*}; see {@link TargetWeights} for their meaning.
 *
 * @param scaleWeight                weight of scale in a segment score
 * @param linkageWeight              weight of linkage
 * @param techWeight                 weight of tech
 * @param strongThreshold            score from which a segment is STRONG (优势)
 * @param potentialThreshold         score from which a segment is POTENTIAL (潜力)
 * @param targetCandidatesPerSegment enterprises per segment, biggest first, that the target search scores
 * @param matchSuppliersPerSegment   local enterprises per segment, biggest first, offered as suppliers in matching
 */
@ConfigurationProperties("liantu.analysis")
public record AnalysisSettings(
        @Bindable(defaultValue = "0.5") double scaleWeight,
        @Bindable(defaultValue = "0.4") double linkageWeight,
        @Bindable(defaultValue = "0.1") double techWeight,
        @Bindable(defaultValue = "55") double strongThreshold,
        @Bindable(defaultValue = "30") double potentialThreshold,
        @Bindable(defaultValue = "40") double targetStrength,
        @Bindable(defaultValue = "5") double targetPerTag,
        @Bindable(defaultValue = "15") double targetTagCap,
        @Bindable(defaultValue = "20") double targetFortuneGlobal500,
        @Bindable(defaultValue = "15") double targetChina500,
        @Bindable(defaultValue = "10") double targetIndustryTop50,
        @Bindable(defaultValue = "15") double targetChainLeader,
        @Bindable(defaultValue = "5") double targetPerSupplyTie,
        @Bindable(defaultValue = "20") double targetSupplyTieCap,
        @Bindable(defaultValue = "200") int targetCandidatesPerSegment,
        @Bindable(defaultValue = "20") int matchSuppliersPerSegment) {

    /** The analysis configuration; fails at start-up with the reason when the values are inconsistent. */
    public AnalysisConfig config() {
        return new AnalysisConfig(scaleWeight, linkageWeight, techWeight, strongThreshold, potentialThreshold,
                new TargetWeights(targetStrength, targetPerTag, targetTagCap, targetFortuneGlobal500, targetChina500,
                        targetIndustryTop50, targetChainLeader, targetPerSupplyTie, targetSupplyTieCap));
    }
}
