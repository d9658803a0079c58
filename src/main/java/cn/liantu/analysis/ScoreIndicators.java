package cn.liantu.analysis;

/**
 * The raw indicators behind a segment's components (评分指标). Each component is 100 × the mean
 * of its indicators, each divided by its largest value among the chain's leaf segments.
 *
 * @param enterpriseShare      local ÷ national enterprises of the segment (scale)
 * @param revenueShare         local ÷ national revenue of the segment (scale)
 * @param linkedShare          share of local enterprises with a local supply tie to a neighbouring segment (linkage)
 * @param patentsPerEnterprise patents per local enterprise (tech)
 * @param techEnterpriseShare  share of local enterprises tagged 高新技术, 专精特新 or 小巨人 (tech)
 * @param rdInstitutions       local R&D institutions supporting the segment (tech)
 */
public record ScoreIndicators(double enterpriseShare, double revenueShare, double linkedShare,
                              double patentsPerEnterprise, double techEnterpriseShare, double rdInstitutions) {

    static final ScoreIndicators ZERO = new ScoreIndicators(0, 0, 0, 0, 0, 0);

    static ScoreIndicators of(SegmentFacts facts) {
        int local = facts.localEnterprises();
        return new ScoreIndicators(
                Numbers.ratio(local, facts.nationalEnterprises()),
                Numbers.ratio(facts.localRevenue(), facts.nationalRevenue()),
                Numbers.ratio(facts.linkedLocalEnterprises(), local),
                Numbers.ratio(facts.localPatents(), local),
                Numbers.ratio(facts.localTechEnterprises(), local),
                facts.localRdInstitutions());
    }

    ScoreIndicators max(ScoreIndicators other) {
        return new ScoreIndicators(Math.max(enterpriseShare, other.enterpriseShare),
                Math.max(revenueShare, other.revenueShare), Math.max(linkedShare, other.linkedShare),
                Math.max(patentsPerEnterprise, other.patentsPerEnterprise),
                Math.max(techEnterpriseShare, other.techEnterpriseShare),
                Math.max(rdInstitutions, other.rdInstitutions));
    }

    ScoreIndicators rounded() {
        return new ScoreIndicators(Numbers.round4(enterpriseShare), Numbers.round4(revenueShare),
                Numbers.round4(linkedShare), Numbers.round4(patentsPerEnterprise), Numbers.round4(techEnterpriseShare),
                rdInstitutions);
    }
}
