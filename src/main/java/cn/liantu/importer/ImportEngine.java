package cn.liantu.importer;

import cn.liantu.observability.ApiMetrics;
import cn.liantu.importer.validation.Checked;
import cn.liantu.importer.validation.KeySpace;
import cn.liantu.importer.validation.RecordRules;
import cn.liantu.importer.validation.Reference;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.CypherQuery;
import cn.liantu.persistence.QueryCatalog;
import cn.liantu.persistence.RegionDirectory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a dataset: reads every file, validates every row (its own fields, then its references
 * against the dataset and the database), and only then writes, in batches of one transaction
 * each. Each batch also records a hash per row, so unchanged rows are skipped and counted, and a
 * rerun after a crash writes only what is missing.
 */
@Singleton
public class ImportEngine {

    private static final ObjectMapper CANONICAL_JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    private static final java.util.Set<RecordType> OPERATION_INPUTS = java.util.EnumSet.of(
            RecordType.SEGMENT_COVERAGE, RecordType.ENTERPRISES, RecordType.ENTERPRISE_PRODUCTS,
            RecordType.ENTERPRISE_INDUSTRIES, RecordType.INDUSTRIES);
    private static final java.util.Set<RecordType> LEADING_CHAIN_INPUTS = java.util.EnumSet.of(RecordType.PARKS,
            RecordType.CHAINS, RecordType.SEGMENTS);

    private final Cypher cypher;
    private final RegionDirectory regions;
    private final DerivedLinks derivedLinks;

    private final ApiMetrics metrics;

    public ImportEngine(Cypher cypher, RegionDirectory regions, DerivedLinks derivedLinks, ApiMetrics metrics) {
        this.cypher = cypher;
        this.regions = regions;
        this.derivedLinks = derivedLinks;
        this.metrics = metrics;
    }

    public ImportReport run(DatasetSource source, ImportOptions options, ImportProgress progress) {
        ImportReport report = new ImportReport();
        progress.phase("Reading " + source.describe());
        Map<RecordType, List<SourceRecord>> records = DatasetReader.read(source, report);
        progress.phase("Validating " + records.values().stream().mapToInt(List::size).sum() + " records");
        Map<String, String> enterpriseIdOfStockKey = new HashMap<>();
        Map<SourceRecord, Checked> valid = validate(records, report, enterpriseIdOfStockKey);
        boolean anyRejected = report.total(ImportReport.Counts::rejected) > 0;
        if (anyRejected && !options.skipInvalid()) {
            progress.phase("Rejected: " + report.problems().size() + " invalid rows; nothing written");
            return report;
        }
        write(records, valid, enterpriseIdOfStockKey, options, progress, report);
        if (!options.dryRun()) {
            metrics.imported(report);
        }
        return report;
    }

    // ---- validation ----

    /**
     * Validates every record; fills {@code enterpriseIdOfStockKey} with the enterprise ids that
     * stock-code references ("stock:600999") stand for, from the dataset and the database.
     */
    private Map<SourceRecord, Checked> validate(Map<RecordType, List<SourceRecord>> records, ImportReport report,
                                                Map<String, String> enterpriseIdOfStockKey) {
        Map<SourceRecord, Checked> valid = new IdentityHashMap<>();
        Map<KeySpace, Map<String, SourceRecord>> defined = new EnumMap<>(KeySpace.class);
        for (List<SourceRecord> ofType : records.values()) {
            Map<String, Integer> firstLineOfKey = new HashMap<>();
            for (SourceRecord record : ofType) {
                Checked checked = RecordRules.check(record);
                if (!checked.valid()) {
                    reject(report, record, String.join("; ", checked.problems()));
                    continue;
                }
                String recordKey = recordKey(record, checked);
                Integer first = firstLineOfKey.putIfAbsent(recordKey, record.line());
                if (first != null) {
                    reject(report, record, "duplicate of line " + first + " (same key " + recordKey + ")");
                    continue;
                }
                valid.put(record, checked);
                if (checked.defines() != null) {
                    defined.computeIfAbsent(checked.defines(), s -> new HashMap<>()).put(checked.key(), record);
                }
                String stockAlias = stockAlias(record, checked);
                if (stockAlias != null) {
                    defined.computeIfAbsent(KeySpace.ENTERPRISE, s -> new HashMap<>()).put(stockAlias, record);
                    enterpriseIdOfStockKey.put(stockAlias, checked.key());
                }
            }
        }
        resolveReferences(valid, defined, report, enterpriseIdOfStockKey);
        return valid;
    }

    /**
     * Rejects rows whose references resolve neither in the dataset nor in the database, until no
     * more are rejected: a rejected row takes the rows that refer to it along.
     */
    private void resolveReferences(Map<SourceRecord, Checked> valid, Map<KeySpace, Map<String, SourceRecord>> defined,
                                   ImportReport report, Map<String, String> enterpriseIdOfStockKey) {
        Map<KeySpace, Set<String>> inDatabase = existingInDatabase(valid, defined, enterpriseIdOfStockKey);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (SourceRecord record : List.copyOf(valid.keySet())) {
                String problem = unresolved(record, valid.get(record), defined, inDatabase);
                if (problem == null) {
                    continue;
                }
                Checked checked = valid.remove(record);
                if (checked.defines() != null) {
                    defined.get(checked.defines()).remove(checked.key());
                }
                String stockAlias = stockAlias(record, checked);
                if (stockAlias != null) {
                    defined.get(KeySpace.ENTERPRISE).remove(stockAlias);
                    enterpriseIdOfStockKey.remove(stockAlias);
                }
                reject(report, record, problem);
                changed = true;
            }
        }
    }

    private static String unresolved(SourceRecord record, Checked checked, Map<KeySpace, Map<String, SourceRecord>> defined,
                                     Map<KeySpace, Set<String>> inDatabase) {
        List<String> problems = new ArrayList<>();
        for (Reference reference : checked.references()) {
            boolean inDataset = defined.getOrDefault(reference.space(), Map.of()).containsKey(reference.key());
            if (!inDataset && !inDatabase.getOrDefault(reference.space(), Set.of()).contains(reference.key())) {
                problems.add(reference.field() + " '" + reference.key() + "': no such " + reference.space()
                        .label() + " in the dataset or the database");
            }
        }
        if (problems.isEmpty() && record.type() == RecordType.SEGMENTS) {
            SourceRecord parent = defined.getOrDefault(KeySpace.SEGMENT, Map.of()).get(text(record.get("parentId")));
            if (parent != null) {
                if (!parent.get("chainId").equals(record.get("chainId"))) {
                    problems.add("parentId '" + parent.get("id") + "' belongs to chain " + parent.get("chainId"));
                } else if (((Number) record.get("level")).intValue() != ((Number) parent.get("level")).intValue() + 1) {
                    problems.add("level " + record.get("level") + " is not one below its parent's level "
                            + parent.get("level"));
                }
            }
        }
        return problems.isEmpty() ? null : String.join("; ", problems);
    }

    /** The referenced keys the dataset does not define, looked up in the database: one statement per kind. */
    private Map<KeySpace, Set<String>> existingInDatabase(Map<SourceRecord, Checked> valid,
                                                         Map<KeySpace, Map<String, SourceRecord>> defined,
                                                         Map<String, String> enterpriseIdOfStockKey) {
        Map<KeySpace, Set<String>> wanted = new EnumMap<>(KeySpace.class);
        for (Checked checked : valid.values()) {
            for (Reference reference : checked.references()) {
                if (!defined.getOrDefault(reference.space(), Map.of()).containsKey(reference.key())) {
                    wanted.computeIfAbsent(reference.space(), s -> new HashSet<>()).add(reference.key());
                }
            }
        }
        Map<KeySpace, Set<String>> found = new EnumMap<>(KeySpace.class);
        Set<String> stockKeys = new HashSet<>();
        wanted.getOrDefault(KeySpace.ENTERPRISE, new HashSet<>()).removeIf(key -> key.startsWith("stock:")
                && stockKeys.add(key));
        if (!stockKeys.isEmpty()) {
            cypher.read(QueryCatalog.get("import/find_enterprises_by_stock_keys"), Map.of("keys", List.copyOf(stockKeys)))
                    .forEach(r -> enterpriseIdOfStockKey.put(r.get("key").asString(), r.get("id").asString()));
            found.computeIfAbsent(KeySpace.ENTERPRISE, s -> new HashSet<>()).addAll(enterpriseIdOfStockKey.keySet());
        }
        wanted.forEach((space, keys) -> {
            // Label and key property come from the KeySpace enum, never from input.
            CypherQuery query = new CypherQuery("import/find_existing_" + space.name().toLowerCase(),
                    "UNWIND $keys AS key MATCH (n:" + space.label() + " {" + space.keyProperty()
                            + ": key}) RETURN key");
            found.computeIfAbsent(space, s -> new HashSet<>()).addAll(new HashSet<>(cypher.read(query, Map.of("keys", List.copyOf(keys)),
                    record -> record.get("key").asString())));
        });
        return found;
    }

    private static void reject(ImportReport report, SourceRecord record, String reason) {
        report.counts(record.type()).rejected++;
        report.addProblem(new ImportReport.Problem(record.type(), record.source(), record.line(), reason));
    }

    // ---- writing ----

    private void write(Map<RecordType, List<SourceRecord>> records, Map<SourceRecord, Checked> valid,
                       Map<String, String> enterpriseIdOfStockKey, ImportOptions options, ImportProgress progress,
                       ImportReport report) {
        long total = valid.size();
        long done = 0;
        progress.phase(options.dryRun() ? "Dry run: comparing " + total + " valid rows with the database"
                : "Writing " + total + " rows");
        for (Map.Entry<RecordType, List<SourceRecord>> entry : records.entrySet()) {
            RecordType type = entry.getKey();
            List<SourceRecord> ofType = entry.getValue().stream().filter(valid::containsKey).toList();
            for (List<SourceRecord> group : inDependencyOrder(type, ofType)) {
                for (int start = 0; start < group.size(); start += options.batchSize()) {
                    List<SourceRecord> batch = group.subList(start, Math.min(group.size(), start + options.batchSize()));
                    writeBatch(type, batch, valid, enterpriseIdOfStockKey, options.dryRun(), report);
                    done += batch.size();
                    progress.rows(done, total);
                }
            }
            if (!options.dryRun() && type == RecordType.SEGMENTS && !ofType.isEmpty()) {
                cypher.write(QueryCatalog.get("import/mark_leaf_segments"), Map.of());
            }
            if (!options.dryRun() && type == RecordType.REGIONS && !ofType.isEmpty()) {
                regions.refresh();
            }
        }
        if (!options.dryRun()) {
            refreshDerivedLinks(records.keySet(), report);
            report.markWritten();
        }
    }

    /** Re-derives what depends on the types that changed (segment operations from coverage, parks' chains). */
    private void refreshDerivedLinks(java.util.Set<RecordType> types, ImportReport report) {
        java.util.Set<RecordType> changed = java.util.EnumSet.noneOf(RecordType.class);
        for (RecordType type : types) {
            ImportReport.Counts counts = report.counts(type);
            if (counts.created() + counts.updated() > 0) {
                changed.add(type);
            }
        }
        if (changed.stream().anyMatch(OPERATION_INPUTS::contains)) {
            derivedLinks.deriveSegmentOperations();
        }
        if (changed.stream().anyMatch(LEADING_CHAIN_INPUTS::contains)) {
            derivedLinks.matchParksToChains();
        }
    }

    private void writeBatch(RecordType type, List<SourceRecord> batch, Map<SourceRecord, Checked> valid,
                            Map<String, String> enterpriseIdOfStockKey, boolean dryRun, ImportReport report) {
        Map<String, SourceRecord> byKey = new LinkedHashMap<>();
        Map<String, String> hashes = new HashMap<>();
        for (SourceRecord record : batch) {
            String key = type.name() + ":" + recordKey(record, valid.get(record));
            byKey.put(key, record);
            hashes.put(key, hash(record.fields()));
        }
        Map<String, String> previous = new HashMap<>();
        cypher.read(QueryCatalog.get("import/find_import_record_hashes"), Map.of("keys", List.copyOf(byKey.keySet())))
                .forEach(r -> previous.put(r.get("key").asString(), r.get("hash").asString()));
        List<Map<String, Object>> rows = new ArrayList<>();
        List<Map<String, Object>> written = new ArrayList<>();
        ImportReport.Counts counts = report.counts(type);
        byKey.forEach((key, record) -> {
            String before = previous.get(key);
            if (hashes.get(key).equals(before)) {
                counts.unchanged++;
                return;
            }
            if (before == null) {
                counts.created++;
            } else {
                counts.updated++;
            }
            rows.add(ImportRows.withEnterpriseIds(type, ImportRows.toRow(type, record.fields()),
                    enterpriseIdOfStockKey));
            written.add(Map.of("key", key, "hash", hashes.get(key)));
        });
        if (dryRun || rows.isEmpty()) {
            return;
        }
        try {
            cypher.inBulkWriteTransaction(tx -> {
                tx.run(QueryCatalog.get(type.upsertQuery()).text(), Map.of("rows", rows)).consume();
                tx.run(QueryCatalog.get("import/upsert_import_record_hashes").text(), Map.of("records", written))
                        .consume();
                return null;
            });
        } catch (org.neo4j.driver.exceptions.Neo4jException e) {
            SourceRecord first = batch.getFirst();
            SourceRecord last = batch.getLast();
            throw new ImportStoppedException("Import stopped at " + first.source() + " lines " + first.line() + "–"
                    + last.line() + ": the database refused the batch (" + e.getMessage() + "). That batch wrote"
                    + " nothing; the batches before it are written. Fix the cause and import again: what is"
                    + " already written is skipped.", e);
        }
    }

    /** Regions and segments refer to their parents, so they are written level by level. */
    private static List<List<SourceRecord>> inDependencyOrder(RecordType type, List<SourceRecord> records) {
        java.util.function.ToIntFunction<SourceRecord> level = switch (type) {
            case REGIONS -> r -> List.of("COUNTRY", "PROVINCE", "CITY", "COUNTY").indexOf(String.valueOf(r.get("level")));
            case INDUSTRY_CLASSES -> r -> List.of("SECTION", "DIVISION", "GROUP", "CLASS")
                    .indexOf(String.valueOf(r.get("level")));
            case SEGMENTS, INDUSTRIES -> r -> r.get("level") instanceof Number n ? n.intValue() : 1;
            default -> null;
        };
        if (level == null) {
            return List.of(records);
        }
        Map<Integer, List<SourceRecord>> byLevel = new java.util.TreeMap<>();
        for (SourceRecord record : records) {
            byLevel.computeIfAbsent(level.applyAsInt(record), k -> new ArrayList<>()).add(record);
        }
        return new ArrayList<>(byLevel.values());
    }

    /** "stock:<code>" for an enterprise that has both a USCC (its id) and a stock code. */
    private static String stockAlias(SourceRecord record, Checked checked) {
        if (record.type() != RecordType.ENTERPRISES || record.get("uscc") == null || record.get("stockCode") == null) {
            return null;
        }
        String alias = "stock:" + text(record.get("stockCode"));
        return alias.equals(checked.key()) ? null : alias;
    }

    /** The natural key of a row: its node key, or the parts that identify a relationship. */
    static String recordKey(SourceRecord record, Checked checked) {
        if (checked.key() != null) {
            return checked.key();
        }
        return switch (record.type()) {
            case SEGMENT_FLOWS -> text(record.get("from")) + ">" + text(record.get("to"));
            case SUPPLIES -> ImportRows.enterpriseRef(record.get("supplier")) + ">"
                    + ImportRows.enterpriseRef(record.get("customer")) + "|"
                    + (record.get("productId") != null ? text(record.get("productId")) : text(record.get("product")))
                    + "|" + record.get("year");
            case CHAIN_LEADERS -> ImportRows.enterpriseRef(record.get("enterprise")) + "|" + text(record.get("chainId"))
                    + "|" + text(record.get("regionCode"));
            default -> hash(record.fields());
        };
    }

    private static String text(Object value) {
        return value == null ? null : value.toString().trim();
    }

    private static String hash(Map<String, Object> fields) {
        try {
            byte[] canonical = CANONICAL_JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Cannot hash an import row", e);
        }
    }
}
