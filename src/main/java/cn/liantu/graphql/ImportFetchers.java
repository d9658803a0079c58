package cn.liantu.graphql;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportProgress;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.RecordType;
import cn.liantu.persistence.SharedFigures;
import cn.liantu.security.Caller;
import cn.liantu.security.RegionGuard;
import cn.liantu.service.ApiException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** upsertRecords: a small batch through the bulk import engine, with its report. */
@Singleton
public class ImportFetchers implements SchemaWiring {

    static final int MAX_RECORDS = 1_000;

    private static final Map<String, RecordType> INPUT_LISTS = Map.of(
            "parks", RecordType.PARKS,
            "segments", RecordType.SEGMENTS,
            "enterprises", RecordType.ENTERPRISES,
            "supplies", RecordType.SUPPLIES,
            "projects", RecordType.PROJECTS);

    /** The result as the schema shows it. */
    public record ImportResult(boolean written, List<ImportCounts> counts, List<ImportReport.Problem> problems) {
    }

    public record ImportCounts(String type, int read, int created, int updated, int unchanged, int rejected) {
    }

    private final ImportEngine engine;
    private final RegionGuard regionGuard;
    private final SharedFigures sharedFigures;
    private final ObjectMapper json = new ObjectMapper();

    public ImportFetchers(ImportEngine engine, RegionGuard regionGuard, SharedFigures sharedFigures) {
        this.engine = engine;
        this.regionGuard = regionGuard;
        this.sharedFigures = sharedFigures;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Mutation", type -> type.dataFetcher("upsertRecords", this::upsertRecords));
    }

    private ImportResult upsertRecords(DataFetchingEnvironment env) {
        Map<String, Object> input = env.getArgument("input");
        Map<RecordType, List<String>> lines = new EnumMap<>(RecordType.class);
        Map<RecordType, String> names = new EnumMap<>(RecordType.class);
        int total = 0;
        for (Map.Entry<String, RecordType> list : INPUT_LISTS.entrySet()) {
            Object records = input.get(list.getKey());
            if (records instanceof List<?> items && !items.isEmpty()) {
                total += items.size();
                lines.put(list.getValue(), items.stream().map(item -> jsonLine(list.getValue(), item)).toList());
                names.put(list.getValue(), list.getKey());
            }
        }
        if (total == 0) {
            throw ApiException.badInput("The batch is empty: give at least one record");
        }
        if (total > MAX_RECORDS) {
            throw ApiException.badInput("The batch has " + total + " records; at most " + MAX_RECORDS
                    + " per call (use the import command for bulk data)");
        }
        requireRegions(Callers.of(env), input);
        ImportOptions options = new ImportOptions(Boolean.TRUE.equals(env.getArgument("dryRun")),
                Boolean.TRUE.equals(env.getArgument("skipInvalid")), MAX_RECORDS);
        ImportReport report;
        try {
            report = engine.run(DatasetSource.inMemoryLines(lines, names), options, ImportProgress.NONE);
        } finally {
            sharedFigures.forget(); // chains, national counts and segments' enterprises may have changed
        }
        List<ImportCounts> counts = new ArrayList<>();
        report.countsByType().forEach((type, c) -> counts.add(new ImportCounts(type.fileName(), c.read(), c.created(),
                c.updated(), c.unchanged(), c.rejected())));
        return new ImportResult(report.written(), counts, report.problems());
    }

    /**
     * An editor limited to a region may upsert parks, enterprises and projects of that region;
     * segments (reference data) and supplies (which cross regions) need an editor without a limit.
     */
    private void requireRegions(Caller caller, Map<String, Object> input) {
        if (caller.regionCode() == null) {
            return;
        }
        for (String list : List.of("parks", "enterprises", "projects", "segments", "supplies")) {
            if (input.get(list) instanceof List<?> items) {
                for (Object item : items) {
                    Map<?, ?> record = (Map<?, ?>) item;
                    Object key = record.get("id") != null ? record.get("id")
                            : record.get("uscc") != null ? record.get("uscc") : record.get("stockCode");
                    regionGuard.require(caller, (String) record.get("regionCode"),
                            "The " + list + " record" + (key == null ? "" : " '" + key + "'"));
                }
            }
        }
    }

    /** One input object as a line of the import format. */
    private String jsonLine(RecordType type, Object item) {
        Map<String, Object> record = new LinkedHashMap<>(plain(item));
        if (type == RecordType.PROJECTS && record.get("stageDates") instanceof List<?> dates) {
            Map<String, Object> byStage = new LinkedHashMap<>();
            for (Object date : dates) {
                Map<?, ?> stageDate = (Map<?, ?>) date;
                byStage.put(String.valueOf(stageDate.get("stage")), stageDate.get("date"));
            }
            record.put("stageDates", byStage);
        }
        try {
            return json.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot encode a record", e);
        }
    }

    /** The input with dates as ISO text, as the import format has them. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> plain(Object value) {
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<String, Object>) value).forEach((key, field) -> copy.put(key, plainValue(field)));
        return copy;
    }

    private static Object plainValue(Object value) {
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Map<?, ?>) {
            return plain(value);
        }
        if (value instanceof List<?> list) {
            return list.stream().map(ImportFetchers::plainValue).toList();
        }
        return value;
    }
}
