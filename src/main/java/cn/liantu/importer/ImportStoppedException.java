package cn.liantu.importer;

/**
 * The database refused a batch mid-import (a constraint the rows could not be checked against,
 * the database going away). The batch wrote nothing; earlier batches stay; a rerun completes it.
 */
public class ImportStoppedException extends IllegalStateException {

    public ImportStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
