package cn.liantu.service;

import cn.liantu.analysis.Exposure;
import cn.liantu.domain.Enterprise;
import java.util.List;

/** What stopping one enterprise would touch in a scope (断供影响). */
public record ExposureReport(Enterprise enterprise, AnalysisScope scope, int maxTiers, Integer year,
                             Exposure exposure) {

    public List<Exposure.Affected> affected() {
        return exposure.affected();
    }

    public int affectedCount() {
        return exposure.affectedCount();
    }

    public double affectedRevenue() {
        return exposure.affectedRevenue();
    }
}
