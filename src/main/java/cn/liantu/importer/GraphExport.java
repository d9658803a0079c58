package cn.liantu.importer;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.Directories;
import cn.liantu.persistence.QueryCatalog;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Writes the whole graph in the import format: one JSON Lines file per record type and a
 * {@code manifest.json}, so that importing the files into an empty database gives the same graph.
 * Streams: each file is read a page of nodes at a time in key order (statements
 * {@code cypher/queries/export/page_<file>.cypher}), so the output is the same for the same graph
 * and memory does not grow with it. What the import derives itself (derived OPERATES_IN and
 * LEADS_IN links, leaf flags, region level codes, import hashes, migrations) is not written; nor
 * is what the format has no place for (project history and versions, API keys, the audit log).
 */
@Singleton
public class GraphExport {

    public static final String MANIFEST = "manifest.json";
    static final int PAGE_SIZE = 2_000;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The fields of each file in the order the import format lists them. */
    private static final Map<RecordType, List<String>> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(RecordType.REGIONS, List.of("code", "name", "level", "parentCode")),
            Map.entry(RecordType.INDUSTRY_CLASSES, List.of("code", "name", "level", "parentCode", "description", "tags",
                    "strategicCategories", "strategicProducts")),
            Map.entry(RecordType.INDUSTRIES, List.of("code", "name", "level", "parentCode")),
            Map.entry(RecordType.INDUSTRY_LINKS, List.of("industry", "upstream", "weight")),
            Map.entry(RecordType.CHAINS, List.of("id", "name", "category", "description")),
            Map.entry(RecordType.SEGMENTS, List.of("id", "chainId", "parentId", "name", "position", "level", "keyLink",
                    "keyLinkType", "weight")),
            Map.entry(RecordType.SEGMENT_FLOWS, List.of("from", "to")),
            Map.entry(RecordType.PRODUCTS, List.of("id", "name", "segmentIds")),
            Map.entry(RecordType.PRODUCT_LINKS, List.of("productId", "relatedId", "kind")),
            Map.entry(RecordType.TECHNOLOGIES, List.of("id", "name", "segmentIds")),
            Map.entry(RecordType.SEGMENT_COVERAGE, List.of("segmentId", "productIds", "industryCodes", "confidence")),
            Map.entry(RecordType.PARKS, List.of("id", "name", "level", "type", "regionCode", "areaMu", "targetTaxPerMu",
                    "approvedOn", "leadingChainIds", "leadingIndustries")),
            Map.entry(RecordType.ENTERPRISES, List.of("uscc", "stockCode", "name", "shortName", "exchange", "listedOn",
                    "ownership", "revenue", "tax", "employees", "landAreaMu", "foundedOn", "closedOn", "regionCode",
                    "parkId", "tags", "rankings", "segmentIds", "patents")),
            Map.entry(RecordType.ENTERPRISE_INDUSTRIES, List.of("enterprise", "industryCode")),
            Map.entry(RecordType.ENTERPRISE_PRODUCTS, List.of("enterprise", "productId", "revenueShare")),
            Map.entry(RecordType.SUPPLIES, List.of("supplier", "customer", "productId", "product", "value", "year")),
            Map.entry(RecordType.CHAIN_LEADERS, List.of("enterprise", "chainId", "regionCode", "since")),
            Map.entry(RecordType.RD_INSTITUTIONS, List.of("id", "name", "type", "regionCode", "segmentIds")),
            Map.entry(RecordType.PROJECTS, List.of("id", "name", "investor", "parkId", "regionCode", "chainId", "segments",
                    "amount", "fundsInPlace", "stage", "stageDates", "responsible", "keyLevel", "terminationReason"))));

    /** Lists of keys read from relationships: sorted, so the same graph gives the same files. */
    private static final Set<String> KEY_LISTS = Set.of("segmentIds", "leadingChainIds", "productIds", "industryCodes");
    /** Fields holding an enterprise id, written as the key the format uses (USCC or stock code). */
    private static final Set<String> ENTERPRISE_FIELDS = Set.of("enterprise", "supplier", "customer", "investor");

    private final Cypher cypher;

    public GraphExport(Cypher cypher) {
        this.cypher = cypher;
    }

    /** Hears how the export goes. */
    public interface Listener {
        void rows(RecordType type, long rows);

        void fileWritten(RecordType type, long rows, long bytes);
    }

    /** What was written: rows per file, in import order. */
    public record Summary(Path directory, Map<RecordType, Long> rows, long bytes) {
        public long totalRows() {
            return rows.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * Writes the graph into {@code target}. The files are written into a temporary directory next
     * to it and moved in only when all are complete, so a failed export leaves nothing half
     * written. A non-empty target is refused unless {@code replace}; then the export's files
     * replace those of the same name and other files stay.
     */
    public Summary export(Path target, boolean replace, Listener listener) throws IOException {
        Path directory = target.toAbsolutePath().normalize();
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new IllegalArgumentException(target + " is a file, not a directory");
        }
        if (!replace && Files.isDirectory(directory) && !Directories.isEmpty(directory)) {
            throw new IllegalArgumentException(target + " is not empty: export into a new or empty directory,"
                    + " or pass --force to replace the export files in it");
        }
        Path parent = directory.getParent();
        Files.createDirectories(parent);
        Path temporary = parent.resolve("." + directory.getFileName() + ".export-" + UUID.randomUUID());
        Files.createDirectory(temporary);
        try {
            Map<RecordType, Long> rows = new EnumMap<>(RecordType.class);
            long bytes = 0;
            for (RecordType type : RecordType.values()) {
                Path file = temporary.resolve(type.fileName());
                rows.put(type, writeFile(type, file, listener));
                bytes += Files.size(file);
                listener.fileWritten(type, rows.get(type), Files.size(file));
            }
            writeManifest(temporary.resolve(MANIFEST), rows);
            moveInto(temporary, directory);
            return new Summary(directory, rows, bytes);
        } finally {
            Directories.deleteRecursively(temporary);
        }
    }

    private long writeFile(RecordType type, Path file, Listener listener) throws IOException {
        var query = QueryCatalog.get("export/page_" + type.fileName().replace(".jsonl", ""));
        long written = 0;
        String after = "";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            while (true) {
                List<Record> page = cypher.read(query, Map.of("after", after, "limit", PAGE_SIZE));
                int keys = 0;
                for (Record row : page) {
                    String key = row.get("key").asString();
                    if (!key.equals(after)) {
                        keys++;
                        after = key;
                    }
                    Value record = row.get("record");
                    if (!record.isNull()) {
                        out.write(JSON.writeValueAsString(toRecord(type, record.asMap())));
                        out.write('\n');
                        written++;
                    }
                }
                if (keys < PAGE_SIZE) {
                    return written;
                }
                listener.rows(type, written);
            }
        }
    }

    /** The record of the import format for a row the statement read: fields in order, no nulls. */
    static Map<String, Object> toRecord(RecordType type, Map<String, Object> read) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (String field : FIELDS.get(type)) {
            Object value = value(field, read.get(field));
            if (value != null) {
                record.put(field, value);
            }
        }
        return record;
    }

    @SuppressWarnings("unchecked")
    private static Object value(String field, Object value) {
        if (value == null) {
            return null;
        }
        if (ENTERPRISE_FIELDS.contains(field)) {
            return enterpriseKey(value.toString());
        }
        if (field.equals("rankings")) {
            return ((List<Object>) value).stream().map(item -> ranking(item.toString())).toList();
        }
        if (field.equals("segments")) {
            List<Map<String, Object>> served = new ArrayList<>();
            for (Object item : (List<Object>) value) {
                served.add((Map<String, Object>) plain(item));
            }
            served.sort(Comparator.comparing(item -> String.valueOf(item.get("segmentId"))));
            return served;
        }
        if (KEY_LISTS.contains(field)) {
            return ((List<Object>) value).stream().map(Object::toString).sorted().distinct().toList();
        }
        return plain(value);
    }

    /** Dates as ISO text, maps without null entries (e.g. stages a project has not reached). */
    private static Object plain(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v != null) {
                    copy.put(k.toString(), plain(v));
                }
            });
            return copy;
        }
        if (value instanceof List<?> list) {
            return list.stream().map(GraphExport::plain).toList();
        }
        return value;
    }

    /** An enterprise id as the format names enterprises: its USCC, or the stock code of "stock:600999". */
    static String enterpriseKey(String id) {
        return id.startsWith("stock:") ? id.substring("stock:".length()) : id;
    }

    /** A stored ranking "LIST:YEAR:RANK" (rank may be empty) as the format's {list, year, rank}. */
    static Map<String, Object> ranking(String stored) {
        String[] parts = stored.split(":", -1);
        Map<String, Object> ranking = new LinkedHashMap<>();
        ranking.put("list", parts[0]);
        ranking.put("year", parts.length > 1 ? number(parts[1]) : null);
        ranking.put("rank", parts.length > 2 ? number(parts[2]) : null);
        return ranking;
    }

    private static Object number(String text) {
        if (text.isEmpty() || text.equals("null")) {
            return null;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
    }

    private static void writeManifest(Path file, Map<RecordType, Long> rows) throws IOException {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", "liantu-import");
        manifest.put("version", 1);
        manifest.put("exporter", "liantu export");
        manifest.put("exportedAt", Instant.now().toString());
        Map<String, Long> byFile = new LinkedHashMap<>();
        rows.forEach((type, count) -> byFile.put(type.fileName(), count));
        manifest.put("rows", byFile);
        Files.write(file, PRETTY.writeValueAsBytes(manifest));
    }

    /** The finished files into the target: the whole directory at once when the target is new or empty. */
    private static void moveInto(Path temporary, Path directory) throws IOException {
        if (Files.isDirectory(directory) && Directories.isEmpty(directory)) {
            Files.delete(directory);
        }
        if (!Files.exists(directory)) {
            Files.move(temporary, directory, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temporary)) {
            for (Path file : files) {
                Files.move(file, directory.resolve(file.getFileName().toString()), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }
}
