package cn.liantu.importer;

/**
 * How to import: {@code dryRun} validates and reports without writing; {@code skipInvalid} writes
 * the valid rows and reports the others (by default one invalid row stops the whole import).
 */
public record ImportOptions(boolean dryRun, boolean skipInvalid, int batchSize) {

    public static ImportOptions defaults() {
        return new ImportOptions(false, false, 5_000);
    }
}
