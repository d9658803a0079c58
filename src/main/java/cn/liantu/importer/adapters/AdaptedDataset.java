package cn.liantu.importer.adapters;

import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.RecordType;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A raw dataset converted to records of the import format, with the issues found on the way.
 *
 * @param name    the adapter's name, e.g. chain-kg
 * @param records records per type, in the order they were produced
 * @param issues  the quirks reported, in file and line order
 */
public record AdaptedDataset(String name, Map<RecordType, List<Map<String, Object>>> records,
                             List<ImportIssue> issues) {

    public AdaptedDataset {
        Map<RecordType, List<Map<String, Object>>> copy = new EnumMap<>(RecordType.class);
        records.forEach((type, list) -> copy.put(type, List.copyOf(list)));
        records = Map.copyOf(copy);
        issues = List.copyOf(issues);
    }

    public List<Map<String, Object>> records(RecordType type) {
        return records.getOrDefault(type, List.of());
    }

    /** The records as a source the GraphImporter reads. */
    public DatasetSource source(String description) {
        return DatasetSource.inMemory(description, records);
    }

    public List<ImportIssue> issues(IssueKind kind) {
        return issues.stream().filter(issue -> issue.kind() == kind).toList();
    }

    /** How many issues of each kind, in the order of the kinds. */
    public Map<IssueKind, Integer> issueCounts() {
        Map<IssueKind, Integer> counts = new TreeMap<>();
        issues.forEach(issue -> counts.merge(issue.kind(), 1, Integer::sum));
        return counts;
    }
}
