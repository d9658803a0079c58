package cn.liantu.importer;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.QueryCatalog;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a dataset in the import format into the graph with batched UNWIND upserts, one
 * transaction per batch.
 */
@Singleton
public class GraphImporter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphImporter.class);
    private static final int BATCH_SIZE = 2_000;
    private static final List<String> REGION_LEVEL_ORDER = List.of("COUNTRY", "PROVINCE", "CITY", "COUNTY");

    private final Cypher cypher;
    private final ObjectMapper json = new ObjectMapper();

    public GraphImporter(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Imports every file the dataset has; returns the records written per type. */
    public Map<RecordType, Integer> importDataset(DatasetSource source) {
        Map<RecordType, Integer> written = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            source.lines(type).ifPresent(lines -> written.put(type, importRecords(type, parse(type, lines))));
        }
        if (written.containsKey(RecordType.SEGMENTS)) {
            cypher.write(QueryCatalog.get("import/mark_leaf_segments"), Map.of());
        }
        LOG.info("Imported {} from {}", written, source.describe());
        return written;
    }

    private int importRecords(RecordType type, List<Map<String, Object>> records) {
        int count = 0;
        for (List<Map<String, Object>> group : inDependencyOrder(type, records)) {
            for (int start = 0; start < group.size(); start += BATCH_SIZE) {
                List<Map<String, Object>> batch = group.subList(start, Math.min(group.size(), start + BATCH_SIZE));
                List<Map<String, Object>> rows = batch.stream().map(record -> ImportRows.toRow(type, record)).toList();
                cypher.write(QueryCatalog.get(type.upsertQuery()), Map.of("rows", rows));
                count += rows.size();
            }
        }
        return count;
    }

    /** Regions and segments refer to their parents, so they are written level by level. */
    private static List<List<Map<String, Object>>> inDependencyOrder(RecordType type, List<Map<String, Object>> records) {
        if (type == RecordType.REGIONS) {
            Map<Integer, List<Map<String, Object>>> byLevel = new TreeMap<>();
            for (Map<String, Object> record : records) {
                int rank = REGION_LEVEL_ORDER.indexOf(String.valueOf(record.get("level")));
                byLevel.computeIfAbsent(rank, k -> new ArrayList<>()).add(record);
            }
            return new ArrayList<>(byLevel.values());
        }
        if (type == RecordType.SEGMENTS) {
            Map<Integer, List<Map<String, Object>>> byLevel = new TreeMap<>(Comparator.naturalOrder());
            for (Map<String, Object> record : records) {
                int level = ((Number) record.getOrDefault("level", 1)).intValue();
                byLevel.computeIfAbsent(level, k -> new ArrayList<>()).add(record);
            }
            return new ArrayList<>(byLevel.values());
        }
        return List.of(records);
    }

    private List<Map<String, Object>> parse(RecordType type, List<String> lines) {
        List<Map<String, Object>> records = new ArrayList<>(lines.size());
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            try {
                records.add(json.readValue(trimmed, new TypeReference<LinkedHashMap<String, Object>>() { }));
            } catch (Exception e) {
                throw new IllegalArgumentException(type.fileName() + " line " + lineNumber + ": not a JSON object ("
                        + e.getMessage() + ")");
            }
        }
        return records;
    }
}
