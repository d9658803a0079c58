package cn.liantu.importer.generator;

/** Hears how far generation has got: for progress output; it never changes what is written. */
public interface GenerationListener {

    GenerationListener NONE = new GenerationListener() {
    };

    default void fileStarted(String fileName) {
    }

    /** Called every {@link JsonLinesWriter#PROGRESS_EVERY} rows of a file. */
    default void progress(String fileName, long rows) {
    }

    default void fileWritten(String fileName, long rows, long bytes) {
    }
}
