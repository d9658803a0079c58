package cn.liantu.importer;

import jakarta.inject.Singleton;
import java.util.EnumMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a trusted dataset (the demo data, a test's fixture) with the default options and fails
 * loudly when any row is rejected.
 */
@Singleton
public class GraphImporter {

    private static final Logger LOG = LoggerFactory.getLogger(GraphImporter.class);

    private final ImportEngine engine;

    public GraphImporter(ImportEngine engine) {
        this.engine = engine;
    }

    /** Imports every file the dataset has; returns the records read per type. */
    public Map<RecordType, Integer> importDataset(DatasetSource source) {
        ImportReport report = engine.run(source, ImportOptions.defaults(), ImportProgress.NONE);
        if (!report.problems().isEmpty()) {
            throw new IllegalStateException("Dataset " + source.describe() + " has invalid rows: "
                    + report.problems().subList(0, Math.min(10, report.problems().size())));
        }
        Map<RecordType, Integer> read = new EnumMap<>(RecordType.class);
        report.countsByType().forEach((type, counts) -> read.put(type, counts.read()));
        LOG.info("Imported {}:\n{}", source.describe(), report.summary());
        return read;
    }
}
