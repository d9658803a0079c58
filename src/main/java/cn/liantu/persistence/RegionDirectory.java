package cn.liantu.persistence;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionTree;
import jakarta.inject.Singleton;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All regions, kept in memory: a few thousand rows of reference data that every scoped query
 * needs (a code's level decides which stored code to compare), and that answers the region fields
 * of any answer without a statement. Imports through this server that write regions call
 * {@link #refresh()}; one by another process shows after at most {@link SharedFigures#TTL}.
 */
@Singleton
public class RegionDirectory {

    private static final String ALL = "all";

    private final Cypher cypher;
    private final SharedFigures.Cache<String, Map<String, Region>> byCode;

    public RegionDirectory(Cypher cypher, SharedFigures shared) {
        this.cypher = cypher;
        this.byCode = shared.cache(1);
    }

    public Optional<Region> find(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(regions().get(code.trim()));
    }

    /** Every region, by code. */
    public List<Region> all() {
        return regions().values().stream().sorted(Comparator.comparing(Region::code)).toList();
    }

    /** Whether {@code code} is {@code ancestor} or lies below it. */
    public boolean contains(String ancestor, String code) {
        return RegionTree.contains(ancestor, code, this::find);
    }

    public void refresh() {
        byCode.forget(ALL);
    }

    private Map<String, Region> regions() {
        return byCode.get(ALL, () -> cypher.read(QueryCatalog.get("region/load_all_regions"), Map.of(),
                        record -> Rows.region(record.get("item")))
                .stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity())));
    }
}
