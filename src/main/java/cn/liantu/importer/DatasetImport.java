package cn.liantu.importer;

import cn.liantu.importer.adapters.AdaptedDataset;
import cn.liantu.importer.adapters.DatasetAdapter;
import cn.liantu.importer.adapters.DatasetAdapters;
import cn.liantu.importer.adapters.ReferenceData;
import cn.liantu.persistence.RegionDirectory;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a folder: a raw public dataset (recognised by its files, converted by its adapter) or
 * a dataset in the import format. The entry point for {@code java -jar liantu.jar import DIR}.
 */
@Singleton
public class DatasetImport {

    private static final Logger LOG = LoggerFactory.getLogger(DatasetImport.class);

    private final GraphImporter importer;
    private final RegionDirectory regions;

    public DatasetImport(GraphImporter importer, RegionDirectory regions) {
        this.importer = importer;
        this.regions = regions;
    }

    /**
     * Imports {@code folder}.
     *
     * @throws IllegalArgumentException when it is not a directory
     * @throws IllegalStateException    when the dataset places things in regions and the graph has none
     */
    public ImportReport importFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a directory: give a folder of a raw dataset "
                    + "(e.g. ../shared/data/chain-kg) or of import-format files (docs/import-format.md)");
        }
        Optional<DatasetAdapter> adapter = DatasetAdapters.detect(folder);
        ImportReport report = adapter.isPresent() ? importRaw(folder, adapter.get()) : importFormat(folder);
        report.summary().forEach(LOG::info);
        return report;
    }

    private ImportReport importRaw(Path folder, DatasetAdapter adapter) {
        ReferenceData reference = new ReferenceData(adapter.needsRegions() ? regions.all() : List.of());
        if (adapter.needsRegions() && reference.regions().isEmpty()) {
            throw new IllegalStateException(adapter.name() + " locates its records by region, and the graph has no "
                    + "regions yet: import the regions dataset first (e.g. ../shared/data/regions)");
        }
        long started = System.nanoTime();
        AdaptedDataset converted = adapter.convert(folder, reference);
        Duration converting = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        Map<RecordType, Integer> written = importer.importDataset(converted.source(adapter.name() + " " + folder));
        Duration writing = Duration.ofNanos(System.nanoTime() - started);
        return new ImportReport(folder.toString(), adapter.name(), written, converted.issues(), converting, writing);
    }

    private ImportReport importFormat(Path folder) {
        long started = System.nanoTime();
        Map<RecordType, Integer> written = importer.importDataset(DatasetSource.directory(folder));
        return new ImportReport(folder.toString(), null, written, List.of(), Duration.ZERO,
                Duration.ofNanos(System.nanoTime() - started));
    }
}
