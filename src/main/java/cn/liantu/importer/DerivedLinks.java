package cn.liantu.importer;

import cn.liantu.importer.LeadingIndustryMatcher.ChainMatch;
import cn.liantu.importer.LeadingIndustryMatcher.ChainTerms;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Relationships inferred from imported records rather than given by them, refreshed after each
 * import: enterprises operating in the segments whose coverage names their products or industries,
 * and parks leading in the chains their leading-industry text names.
 */
@Singleton
public class DerivedLinks {

    private static final Logger LOG = LoggerFactory.getLogger(DerivedLinks.class);
    private static final int BATCH_SIZE = 2_000;

    private final Cypher cypher;

    public DerivedLinks(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Re-derives OPERATES_IN {derived: true} from segment coverage; returns the derived edges kept or made. */
    public int deriveSegmentOperations() {
        int pruned = writtenCount(cypher.write(QueryCatalog.get("import/prune_derived_operations"), Map.of()));
        int derived = writtenCount(cypher.write(QueryCatalog.get("import/derive_segment_operations"), Map.of()));
        LOG.info("Segment operations derived from coverage: {} (stale ones removed: {})", derived, pruned);
        return derived;
    }

    /**
     * Matches the leading-industry text of parks without explicit leading chains against the
     * chains' names and segments; returns the number of derived LEADS_IN edges.
     */
    public int matchParksToChains() {
        List<ChainTerms> chains = cypher.read(QueryCatalog.get("import/find_chain_terms"), Map.of(),
                record -> new ChainTerms(record.get("chainId").asString(), record.get("chainName").asString(null),
                        record.get("segmentNames").asList(Value::asString)));
        if (chains.isEmpty()) {
            return 0;
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        int derived = 0;
        for (Record park : cypher.read(QueryCatalog.get("import/find_parks_to_match"), Map.of())) {
            List<ChainMatch> matches = LeadingIndustryMatcher.match(park.get("leadingIndustries").asString(), chains);
            derived += matches.size();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("parkId", park.get("parkId").asString());
            row.put("matches", matches.stream().map(m -> Map.<String, Object>of("chainId", m.chainId(), "term", m.term()))
                    .toList());
            rows.add(row);
        }
        for (int start = 0; start < rows.size(); start += BATCH_SIZE) {
            cypher.write(QueryCatalog.get("import/replace_derived_park_chains"),
                    Map.of("rows", rows.subList(start, Math.min(rows.size(), start + BATCH_SIZE))));
        }
        LOG.info("Leading chains matched by name: {} for {} parks", derived, rows.size());
        return derived;
    }

    private static int writtenCount(List<Record> result) {
        return result.isEmpty() ? 0 : result.getFirst().get("written").asInt();
    }
}
