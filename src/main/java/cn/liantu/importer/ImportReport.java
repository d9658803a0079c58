package cn.liantu.importer;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** What an import did or, in a dry run, would do: counts per type and every rejected row. */
public final class ImportReport {

    /** Counts of one record type. */
    public static final class Counts {
        int read;
        int rejected;
        int created;
        int updated;
        int unchanged;

        public int read() {
            return read;
        }

        public int rejected() {
            return rejected;
        }

        public int created() {
            return created;
        }

        public int updated() {
            return updated;
        }

        public int unchanged() {
            return unchanged;
        }
    }

    /** A row that was not imported, and why. */
    public record Problem(RecordType type, String source, int line, String reason) {
        @Override
        public String toString() {
            return source + ":" + line + ": " + reason;
        }
    }

    private final Map<RecordType, Counts> counts = new EnumMap<>(RecordType.class);
    private final List<Problem> problems = new ArrayList<>();
    private boolean written;

    Counts counts(RecordType type) {
        return counts.computeIfAbsent(type, t -> new Counts());
    }

    public Map<RecordType, Counts> countsByType() {
        return counts;
    }

    /** The rejected rows, by file in import order, then by line. */
    public List<Problem> problems() {
        return problems.stream()
                .sorted(java.util.Comparator.comparing(Problem::type).thenComparing(Problem::line))
                .toList();
    }

    void addProblem(Problem problem) {
        problems.add(problem);
    }

    /** Whether anything was written (false for a dry run or a rejected dataset). */
    public boolean written() {
        return written;
    }

    void markWritten() {
        written = true;
    }

    public int total(java.util.function.ToIntFunction<Counts> field) {
        return counts.values().stream().mapToInt(field).sum();
    }

    /** A table for the console. */
    public String summary() {
        StringBuilder text = new StringBuilder(String.format("%-22s %9s %9s %9s %9s %9s%n",
                "type", "read", "created", "updated", "unchanged", "rejected"));
        counts.forEach((type, c) -> text.append(String.format("%-22s %9d %9d %9d %9d %9d%n", type.fileName(),
                c.read, c.created, c.updated, c.unchanged, c.rejected)));
        return text.toString();
    }
}
