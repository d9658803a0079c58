package cn.liantu.importer;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.RegionDirectory;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset in the import format into the graph with batched UNWIND upserts, one
 * transaction per batch, then refreshes what is derived from the records (leaf segments,
 * segment operations derived from coverage, parks' leading chains matched by name).
 */
@Singleton
public class GraphImporter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphImporter.class);
    private static final int BATCH_SIZE = 2_000;
    private static final List<String> REGION_LEVEL_ORDER = List.of("COUNTRY", "PROVINCE", "CITY", "COUNTY");
    private static final List<String> CLASS_LEVEL_ORDER = List.of("SECTION", "DIVISION", "GROUP", "CLASS");
    private static final Set<RecordType> OPERATION_INPUTS = EnumSet.of(RecordType.SEGMENT_COVERAGE,
            RecordType.ENTERPRISES, RecordType.ENTERPRISE_PRODUCTS, RecordType.ENTERPRISE_INDUSTRIES,
            RecordType.INDUSTRIES);
    private static final Set<RecordType> LEADING_CHAIN_INPUTS = EnumSet.of(RecordType.PARKS, RecordType.CHAINS,
            RecordType.SEGMENTS);

    private final Cypher cypher;
    private final RegionDirectory regions;
    private final DerivedLinks derivedLinks;

    public GraphImporter(Cypher cypher, RegionDirectory regions, DerivedLinks derivedLinks) {
        this.cypher = cypher;
        this.regions = regions;
        this.derivedLinks = derivedLinks;
    }

    /**
     * Imports every record type the dataset has; returns the records written per type. A record
     * whose references (region, parent, enterprise ...) are not in the graph is not written, so a
     * count below the number of records means some were skipped; the log says how many.
     */
    public Map<RecordType, Integer> importDataset(DatasetSource source) {
        Map<RecordType, Integer> written = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            source.records(type).ifPresent(records -> written.put(type, importRecords(type, records)));
        }
        if (written.containsKey(RecordType.REGIONS)) {
            regions.refresh();
        }
        if (written.containsKey(RecordType.SEGMENTS)) {
            cypher.write(QueryCatalog.get("import/mark_leaf_segments"), Map.of());
        }
        if (written.keySet().stream().anyMatch(OPERATION_INPUTS::contains)) {
            derivedLinks.deriveSegmentOperations();
        }
        if (written.keySet().stream().anyMatch(LEADING_CHAIN_INPUTS::contains)) {
            derivedLinks.matchParksToChains();
        }
        LOG.info("Imported {} from {}", written, source.describe());
        return written;
    }

    private int importRecords(RecordType type, List<Map<String, Object>> records) {
        long started = System.nanoTime();
        int count = 0;
        for (List<Map<String, Object>> group : inDependencyOrder(type, records)) {
            for (int start = 0; start < group.size(); start += BATCH_SIZE) {
                List<Map<String, Object>> batch = group.subList(start, Math.min(group.size(), start + BATCH_SIZE));
                List<Map<String, Object>> rows = batch.stream().map(record -> ImportRows.toRow(type, record)).toList();
                List<Record> result = cypher.write(QueryCatalog.get(type.upsertQuery()), Map.of("rows", rows));
                count += result.isEmpty() ? 0 : result.getFirst().get("written").asInt();
            }
        }
        LOG.info("{}: {} records written in {} ms", type.fileName(), count, (System.nanoTime() - started) / 1_000_000);
        if (count < records.size()) {
            LOG.warn("{}: {} of {} records written; the others refer to nodes that are not in the graph",
                    type.fileName(), count, records.size());
        }
        return count;
    }

    /** Trees refer to their parents, so their records are written level by level, roots first. */
    private static List<List<Map<String, Object>>> inDependencyOrder(RecordType type, List<Map<String, Object>> records) {
        return switch (type) {
            case REGIONS -> byLevel(records, record -> REGION_LEVEL_ORDER.indexOf(String.valueOf(record.get("level"))));
            case INDUSTRY_CLASSES -> byLevel(records,
                    record -> CLASS_LEVEL_ORDER.indexOf(String.valueOf(record.get("level"))));
            case SEGMENTS, INDUSTRIES -> byLevel(records,
                    record -> ((Number) record.getOrDefault("level", 1)).intValue());
            default -> List.of(records);
        };
    }

    private static List<List<Map<String, Object>>> byLevel(List<Map<String, Object>> records,
                                                           ToIntFunction<Map<String, Object>> level) {
        Map<Integer, List<Map<String, Object>>> grouped = new TreeMap<>();
        for (Map<String, Object> record : records) {
            grouped.computeIfAbsent(level.applyAsInt(record), k -> new ArrayList<>()).add(record);
        }
        return new ArrayList<>(grouped.values());
    }
}
