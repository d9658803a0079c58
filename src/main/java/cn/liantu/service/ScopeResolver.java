package cn.liantu.service;

import cn.liantu.domain.Region;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.RegionDirectory;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Checks a ScopeInput: exactly one of regionCode and parkId, naming something that exists. */
@Singleton
public class ScopeResolver {

    private final RegionDirectory regions;
    private final Cypher cypher;

    public ScopeResolver(RegionDirectory regions, Cypher cypher) {
        this.regions = regions;
        this.cypher = cypher;
    }

    /** The scope, or {@link Scope#everywhere()} when the input is null and {@code optional}. */
    public Scope resolve(Map<String, Object> input, boolean optional) {
        if (input == null) {
            if (optional) {
                return Scope.everywhere();
            }
            throw ApiException.badInput("A scope is required: give scope: { regionCode: \"410300\" } or { parkId: \"…\" }");
        }
        String regionCode = (String) input.get("regionCode");
        String parkId = (String) input.get("parkId");
        if ((regionCode == null) == (parkId == null)) {
            throw ApiException.badInput("A scope takes exactly one of regionCode and parkId, got "
                    + (regionCode == null ? "neither" : "both"));
        }
        if (regionCode != null) {
            Region region = regions.find(regionCode).orElseThrow(() -> ApiException.notFound("Unknown region code '"
                    + regionCode + "': use a GB/T 2260 code such as 410300 (洛阳市) or a country code such as CN"));
            return new Scope(region.code(), region.level(), null);
        }
        List<String> found = cypher.read(QueryCatalog.get("park/find_parks_by_ids"), Map.of("keys", List.of(parkId)),
                record -> record.get("key").asString());
        if (found.isEmpty()) {
            throw ApiException.notFound("Unknown park '" + parkId + "': list parks with the parks query");
        }
        return new Scope(null, null, parkId);
    }
}
