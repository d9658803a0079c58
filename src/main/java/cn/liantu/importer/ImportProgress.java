package cn.liantu.importer;

/** Told how an import advances; the CLI prints it, the server logs it. */
public interface ImportProgress {

    void phase(String description);

    /** {@code done} of {@code total} rows written so far. */
    void rows(long done, long total);

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void phase(String description) {
        }

        @Override
        public void rows(long done, long total) {
        }
    };
}
