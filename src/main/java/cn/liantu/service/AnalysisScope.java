package cn.liantu.service;

import cn.liantu.domain.Park;
import cn.liantu.domain.Region;
import cn.liantu.persistence.query.ScopeCriteria;

/**
 * A resolved analysis scope: a region with its sub-regions, or a park (then {@code region} is the
 * park's region). {@code id} is the region code or the park id.
 */
public record AnalysisScope(ScopeKind kind, String id, String name, Region region, Park park, ScopeCriteria criteria) {
}
