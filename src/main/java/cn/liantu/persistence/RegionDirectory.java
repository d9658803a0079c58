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
 * needs (a code's level decides which stored code to compare). Imports that write regions call
 * {@link #refresh()}.
 */
@Singleton
public class RegionDirectory {

    private final Cypher cypher;
    private volatile Map<String, Region> byCode;

    public RegionDirectory(Cypher cypher) {
        this.cypher = cypher;
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
        byCode = null;
    }

    private Map<String, Region> regions() {
        Map<String, Region> loaded = byCode;
        if (loaded == null) {
            loaded = cypher.read(QueryCatalog.get("region/load_all_regions"), Map.of(),
                            record -> Rows.region(record.get("item")))
                    .stream().collect(Collectors.toUnmodifiableMap(Region::code, Function.identity()));
            byCode = loaded;
        }
        return loaded;
    }
}
