package cn.liantu.persistence.query;

import cn.liantu.domain.EnterpriseTag;
import cn.liantu.domain.Ownership;
import cn.liantu.domain.RegionLevel;
import java.util.List;

/**
 * Which enterprises a list holds. {@code regionLevel} is the level of {@code regionCode}, which
 * decides the stored code it is compared with. {@code operating}: true for open firms only,
 * false for closed ones only, null for both.
 */
public record EnterpriseCriteria(String regionCode, RegionLevel regionLevel, String parkId, String chainId,
                                 String segmentId, List<EnterpriseTag> tags, Ownership ownership,
                                 String nameContains, Double revenueMin, Double revenueMax, Boolean operating) {

    public static EnterpriseCriteria all() {
        return new EnterpriseCriteria(null, null, null, null, null, null, null, null, null, null, true);
    }

    public EnterpriseCriteria withRegion(String code, RegionLevel level) {
        return new EnterpriseCriteria(code, level, parkId, chainId, segmentId, tags, ownership, nameContains,
                revenueMin, revenueMax, operating);
    }

    public EnterpriseCriteria withPark(String id) {
        return new EnterpriseCriteria(regionCode, regionLevel, id, chainId, segmentId, tags, ownership, nameContains,
                revenueMin, revenueMax, operating);
    }

    public EnterpriseCriteria withSegment(String id) {
        return new EnterpriseCriteria(regionCode, regionLevel, parkId, chainId, id, tags, ownership, nameContains,
                revenueMin, revenueMax, operating);
    }
}
