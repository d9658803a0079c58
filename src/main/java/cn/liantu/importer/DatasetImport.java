package cn.liantu.importer;

import cn.liantu.importer.adapters.AdaptedDataset;
import cn.liantu.importer.adapters.DatasetAdapter;
import cn.liantu.importer.adapters.DatasetAdapters;
import cn.liantu.importer.adapters.ImportIssue;
import cn.liantu.importer.adapters.IssueKind;
import cn.liantu.importer.adapters.ReferenceData;
import cn.liantu.persistence.RegionDirectory;
import jakarta.inject.Singleton;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
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

    private final ImportEngine engine;
    private final RegionDirectory regions;

    public DatasetImport(ImportEngine engine, RegionDirectory regions) {
        this.engine = engine;
        this.regions = regions;
    }

    /**
     * Imports {@code folder}.
     *
     * @throws IllegalArgumentException when it is not a directory
     * @throws IllegalStateException    when the dataset places things in regions and the graph has none
     */
    public FolderImportReport importFolder(Path folder) {
        return importFolder(folder, ImportProgress.NONE);
    }

    /** Imports {@code folder}, telling {@code progress} how it advances. */
    public FolderImportReport importFolder(Path folder, ImportProgress progress) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a directory: give a folder of a raw dataset "
                    + "(e.g. ../shared/data/chain-kg) or of import-format files (docs/import-format.md)");
        }
        Optional<DatasetAdapter> adapter = DatasetAdapters.detect(folder);
        FolderImportReport report = adapter.isPresent() ? importRaw(folder, adapter.get(), progress)
                : importFormat(folder, progress);
        report.summary().forEach(LOG::info);
        return report;
    }

    /** Whether {@code folder} holds a raw public dataset that an adapter converts. */
    public static boolean isRawDataset(Path folder) {
        return Files.isDirectory(folder) && DatasetAdapters.detect(folder).isPresent();
    }

    private FolderImportReport importRaw(Path folder, DatasetAdapter adapter, ImportProgress progress) {
        ReferenceData reference = new ReferenceData(adapter.needsRegions() ? regions.all() : List.of());
        if (adapter.needsRegions() && reference.regions().isEmpty()) {
            throw new IllegalStateException(adapter.name() + " locates its records by region, and the graph has no "
                    + "regions yet: import the regions dataset first (e.g. ../shared/data/regions)");
        }
        long started = System.nanoTime();
        AdaptedDataset converted = adapter.convert(folder, reference);
        Duration converting = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        // Quirks of public data are expected: the valid rows are written, the others reported.
        ImportReport written = engine.run(converted.source(adapter.name() + " " + folder),
                new ImportOptions(false, true, 5_000), progress);
        Duration writing = Duration.ofNanos(System.nanoTime() - started);
        List<ImportIssue> issues = new ArrayList<>(converted.issues());
        written.problems().forEach(problem -> issues.add(new ImportIssue(problem.source(), problem.line(),
                IssueKind.INVALID_ROW, problem.reason())));
        return new FolderImportReport(folder.toString(), adapter.name(), kept(written), issues, converting, writing);
    }

    private FolderImportReport importFormat(Path folder, ImportProgress progress) {
        long started = System.nanoTime();
        ImportReport written = engine.run(DatasetSource.directory(folder), ImportOptions.defaults(), progress);
        List<ImportIssue> issues = written.problems().stream().map(problem -> new ImportIssue(problem.source(),
                problem.line(), IssueKind.INVALID_ROW, problem.reason())).toList();
        return new FolderImportReport(folder.toString(), null, kept(written), issues, Duration.ZERO,
                Duration.ofNanos(System.nanoTime() - started));
    }

    /** Records now in the graph per type: created, updated or already there unchanged. */
    private static Map<RecordType, Integer> kept(ImportReport report) {
        Map<RecordType, Integer> kept = new EnumMap<>(RecordType.class);
        report.countsByType().forEach((type, counts) -> kept.put(type,
                counts.created() + counts.updated() + counts.unchanged()));
        return kept;
    }
}
