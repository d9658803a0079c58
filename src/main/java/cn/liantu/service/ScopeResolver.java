package cn.liantu.service;

import cn.liantu.domain.Park;
import cn.liantu.domain.Region;
import cn.liantu.domain.RegionLevel;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.RegionDirectory;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.ScopeCriteria;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns ScopeInput values into scopes: exactly one of a region code or a park id, which must
 * exist. Regions come from the in-memory directory; all parks asked for are looked up in one
 * statement.
 */
@Singleton
public class ScopeResolver {

    private final RegionDirectory regions;
    private final Cypher cypher;

    public ScopeResolver(RegionDirectory regions, Cypher cypher) {
        this.regions = regions;
        this.cypher = cypher;
    }

    public AnalysisScope resolve(Map<String, Object> input) {
        return resolveAll(List.of(input), "scope").getFirst();
    }

    /** An optional scope as region code and level or park id; {@link Scope#everywhere()} when absent. */
    public Scope resolveOptional(Map<String, Object> input) {
        if (input == null) {
            return Scope.everywhere();
        }
        AnalysisScope scope = resolve(input);
        return scope.park() != null ? new Scope(null, null, scope.park().id())
                : new Scope(scope.region().code(), scope.region().level(), null);
    }

    /** The scopes in the order given; {@code argument} names the argument in error messages. */
    public List<AnalysisScope> resolveAll(List<Map<String, Object>> inputs, String argument) {
        List<String> parkIds = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String where = inputs.size() == 1 ? argument : argument + "[" + i + "]";
            Map<String, Object> input = inputs.get(i);
            String regionCode = text(input, "regionCode");
            String parkId = text(input, "parkId");
            if ((regionCode == null) == (parkId == null)) {
                throw ApiException.badInput(where + " takes exactly one of regionCode (a region with its sub-regions, "
                        + "e.g. 410300 for 洛阳市) or parkId (a park, e.g. ly-hitech); got "
                        + (regionCode == null ? "neither" : "both"));
            }
            if (parkId != null) {
                parkIds.add(parkId);
            }
        }
        Map<String, List<Park>> parks = parkIds.isEmpty() ? Map.of()
                : cypher.readGrouped(QueryCatalog.get("park/find_parks_by_ids"), parkIds, Map.of(), Rows::park);
        List<AnalysisScope> scopes = new ArrayList<>();
        for (Map<String, Object> input : inputs) {
            String parkId = text(input, "parkId");
            scopes.add(parkId == null ? regionScope(text(input, "regionCode")) : parkScope(parkId, parks));
        }
        return List.copyOf(scopes);
    }

    private AnalysisScope regionScope(String code) {
        Region region = regions.find(code).orElseThrow(() -> ApiException.badInput("Unknown region code '" + code
                + "': use a GB/T 2260 code such as 410300 (洛阳市) or a country code such as CN"));
        return new AnalysisScope(ScopeKind.REGION, region.code(), region.name(), region, null,
                ScopeCriteria.region(region.code(), region.level(), countryOf(region)));
    }

    private AnalysisScope parkScope(String parkId, Map<String, List<Park>> parks) {
        List<Park> found = parks.getOrDefault(parkId, List.of());
        if (found.isEmpty()) {
            throw ApiException.notFound("No park with id '" + parkId
                    + "': list parks with { parks { edges { node { id name } } } }");
        }
        Park park = found.getFirst();
        Region region = regions.find(park.regionCode()).orElseThrow(() -> new IllegalStateException(
                "Park " + parkId + " is located in unknown region " + park.regionCode()));
        return new AnalysisScope(ScopeKind.PARK, park.id(), park.name(), region, park,
                ScopeCriteria.park(park.id(), region.code(), region.level(), countryOf(region)));
    }

    private String countryOf(Region region) {
        Region current = region;
        int guard = RegionLevel.values().length;
        while (current.level() != RegionLevel.COUNTRY && current.parentCode() != null && guard-- > 0) {
            current = regions.find(current.parentCode()).orElse(current);
        }
        return current.level() == RegionLevel.COUNTRY ? current.code() : null;
    }

    private static String text(Map<String, Object> input, String key) {
        Object value = input == null ? null : input.get(key);
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }
}
