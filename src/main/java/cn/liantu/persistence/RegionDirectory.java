package cn.liantu.persistence;

import cn.liantu.domain.Region;
import cn.liantu.domain.RegionTree;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * All regions, kept in memory: a few thousand rows of reference data that every scoped query
 * needs (a code's level decides which stored code to compare), and that answers the region fields
 * of any answer without a statement ({@link #findAll}). Imports through this server that write regions call
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

    /**
     * The regions of {@code codes} that exist. From memory, unless the request waits for bookmarks
     * (it must see writes, perhaps made through another instance after this one last loaded its
     * regions): then from the database, in the request's transaction.
     */
    public Map<String, Region> findAll(Collection<String> codes) {
        if (!RequestTrace.bookmarksToAwait().isEmpty()) {
            Map<String, Region> found = new HashMap<>();
            cypher.readGrouped(QueryCatalog.get("region/find_regions_by_codes"), codes, Map.of(), Rows::region)
                    .forEach((code, regions) -> found.put(code, regions.getFirst()));
            return found;
        }
        Map<String, Region> all = regions();
        Map<String, Region> found = new HashMap<>();
        codes.forEach(code -> {
            Region region = all.get(code);
            if (region != null) {
                found.put(code, region);
            }
        });
        return found;
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
