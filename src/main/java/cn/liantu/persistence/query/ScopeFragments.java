package cn.liantu.persistence.query;

import cn.liantu.domain.RegionLevel;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The predicates analysis statements share, as fixed text with the scope's values bound as
 * parameters: in the scope (by stored level code or park id), in the reference country, alive at
 * a date. Predicates on properties that may be missing are null-safe, so NOT works on them.
 */
final class ScopeFragments {

    /** Tags that count an enterprise as technology-based for the tech component. */
    static final List<String> TECH_TAGS = List.of("HIGH_TECH", "SPECIALIZED", "LITTLE_GIANT");

    private final ScopeCriteria scope;

    ScopeFragments(ScopeCriteria scope) {
        this.scope = scope;
    }

    /** Whether node {@code v} (an enterprise or project) is in the scope; never null. */
    String inScope(String v) {
        if (scope.isPark()) {
            return "coalesce(" + v + ".parkId = $scopeParkId, false)";
        }
        return inRegion(v);
    }

    /**
     * The same test as {@link #inScope} as a plain equality, for the first MATCH of a statement:
     * the planner can then start from the index on the stored code or park id.
     */
    String anchor(String v) {
        if (scope.isPark()) {
            return v + ".parkId = $scopeParkId";
        }
        return v + "." + RegionScopes.codeProperty(scope.regionLevel()) + " = $scopeRegionCode";
    }

    /**
     * Whether the scope's enterprises can be found from the region codes their edges carry
     * (migrations/V0007): a province, a city or a county. A park holds few enterprises and is
     * searched from its own index; a country holds them all.
     */
    boolean foundFromEdges() {
        return !scope.isPark() && scope.regionLevel() != RegionLevel.COUNTRY;
    }

    /** Whether SUPPLIES edge {@code t} goes to a customer of the scope, by its copied code; for the first MATCH. */
    String customerAnchor(String t) {
        String property = RegionScopes.codeProperty(scope.regionLevel());
        return t + ".customer" + Character.toUpperCase(property.charAt(0)) + property.substring(1) + " = $scopeRegionCode";
    }

    /** Whether located node {@code v} is in the scope's region (for a park: the park's region). */
    String inRegion(String v) {
        return "coalesce(" + v + "." + RegionScopes.codeProperty(scope.regionLevel()) + " = $scopeRegionCode, false)";
    }

    /** Whether enterprise {@code v} counts in national figures: in the reference country, if any. */
    String inReference(String v) {
        return scope.referenceCountry() == null ? "true" : v + ".countryCode = $referenceCountry";
    }

    /** Whether enterprise {@code v} was founded by {@code $asOf} and not closed by then. */
    static String alive(String v) {
        return "(" + v + ".foundedOn IS NULL OR " + v + ".foundedOn <= $asOf) AND (" + v + ".closedOn IS NULL OR "
                + v + ".closedOn > $asOf)";
    }

    Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("scopeRegionCode", scope.regionCode());
        if (scope.isPark()) {
            parameters.put("scopeParkId", scope.parkId());
        }
        if (scope.referenceCountry() != null) {
            parameters.put("referenceCountry", scope.referenceCountry());
        }
        return parameters;
    }

    /** The parameters of a report at a point in time: the scope's, the chain, the date and the supply year. */
    Map<String, Object> reportParameters(String chainId, LocalDate asOf, int year) {
        Map<String, Object> parameters = parameters();
        parameters.put("chainId", chainId);
        parameters.put("asOf", asOf);
        parameters.put("year", year);
        return parameters;
    }
}
