package cn.liantu.importer;

import cn.liantu.importer.adapters.ImportIssue;
import cn.liantu.importer.adapters.IssueKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import of a folder did: the records kept per type, and every quirk or invalid row.
 *
 * @param folder     the folder imported
 * @param adapter    the raw dataset it was recognised as, or null for the import format
 * @param written    records written per type
 * @param issues     quirks of a raw dataset the adapter reported and handled
 * @param converting time spent converting a raw dataset
 * @param writing    time spent writing to the graph
 */
public record FolderImportReport(String folder, String adapter, Map<RecordType, Integer> written, List<ImportIssue> issues,
                           Duration converting, Duration writing) {

    private static final int EXAMPLES_PER_KIND = 3;

    public FolderImportReport {
        written = Map.copyOf(written);
        issues = List.copyOf(issues);
    }

    public Map<IssueKind, Integer> issueCounts() {
        Map<IssueKind, Integer> counts = new TreeMap<>();
        issues.forEach(issue -> counts.merge(issue.kind(), 1, Integer::sum));
        return counts;
    }

    /** Human-readable lines: what was written, then each kind of issue with a count and examples. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        lines.add("Imported " + folder + (adapter == null ? "" : " as " + adapter) + " in "
                + (converting.plus(writing).toMillis()) + " ms (converting " + converting.toMillis() + " ms, writing "
                + writing.toMillis() + " ms)");
        new TreeMap<>(written).forEach((type, count) -> lines.add("  " + type.fileName() + ": " + count));
        issueCounts().forEach((kind, count) -> {
            lines.add("  " + count + " × " + kind);
            issues.stream().filter(issue -> issue.kind() == kind).limit(EXAMPLES_PER_KIND)
                    .forEach(issue -> lines.add("      " + issue));
        });
        return lines;
    }
}
