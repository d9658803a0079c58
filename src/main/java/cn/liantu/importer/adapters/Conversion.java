package cn.liantu.importer.adapters;

import cn.liantu.importer.RecordType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects the records and issues of one adapter run. */
final class Conversion {

    private final String name;
    private final Map<RecordType, List<Map<String, Object>>> records = new EnumMap<>(RecordType.class);
    private final List<ImportIssue> issues = new ArrayList<>();

    Conversion(String name) {
        this.name = name;
    }

    void add(RecordType type, Map<String, Object> record) {
        records.computeIfAbsent(type, k -> new ArrayList<>()).add(record);
    }

    void issue(String file, int line, IssueKind kind, String reason) {
        issues.add(new ImportIssue(file, line, kind, reason));
    }

    /** The records, and the issues by file (in the order files were first reported on) and line. */
    AdaptedDataset finish() {
        List<String> files = issues.stream().map(ImportIssue::file).distinct().toList();
        List<ImportIssue> ordered = issues.stream()
                .sorted(Comparator.comparingInt((ImportIssue issue) -> files.indexOf(issue.file()))
                        .thenComparingInt(ImportIssue::line))
                .toList();
        return new AdaptedDataset(name, records, ordered);
    }

    /** A record from alternating field names and values; null values are kept (the format allows them). */
    static Map<String, Object> record(Object... namesAndValues) {
        Map<String, Object> record = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            record.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return record;
    }
}
