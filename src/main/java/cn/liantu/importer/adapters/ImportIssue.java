package cn.liantu.importer.adapters;

/**
 * A quirk of a raw dataset that an adapter reported and handled.
 *
 * @param file   the file of the dataset
 * @param line   its line (1 for the first line; 0 when the issue concerns the whole file)
 * @param kind   what kind of quirk
 * @param reason what was found and what the adapter did about it
 */
public record ImportIssue(String file, int line, IssueKind kind, String reason) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + " " + kind + ": " + reason;
    }
}
