package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;

/**
 * The scope of an analysis: a region with its sub-regions, or a park. For a park,
 * {@code regionCode} and {@code regionLevel} are those of the park's region (where its R&D
 * institutions are looked for). {@code referenceCountry} is the country national figures are
 * counted in; null for a country scope, whose reference is every enterprise in the graph.
 */
public record ScopeCriteria(String regionCode, RegionLevel regionLevel, String parkId, String referenceCountry) {

    public ScopeCriteria {
        if (regionCode == null || regionLevel == null) {
            throw new IllegalArgumentException("A scope needs a region and its level");
        }
    }

    public static ScopeCriteria region(String code, RegionLevel level, String country) {
        return new ScopeCriteria(code, level, null, level == RegionLevel.COUNTRY ? null : country);
    }

    public static ScopeCriteria park(String parkId, String parkRegionCode, RegionLevel parkRegionLevel, String country) {
        return new ScopeCriteria(parkRegionCode, parkRegionLevel, parkId, country);
    }

    public boolean isPark() {
        return parkId != null;
    }

    /**
     * Whether an enterprise at {@code place} is in the scope: the test the statements make
     * ({@code ScopeFragments.inScope}), for enterprises already loaded.
     */
    public boolean contains(EnterprisePlace place) {
        return isPark() ? parkId.equals(place.parkId()) : regionCode.equals(place.code(regionLevel));
    }
}
