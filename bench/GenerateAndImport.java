import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphImporter;
import cn.liantu.importer.RecordType;
import cn.liantu.importer.generator.GenerationListener;
import cn.liantu.importer.generator.GenerationSummary;
import cn.liantu.importer.generator.GeneratorOptions;
import cn.liantu.importer.generator.SyntheticWorld;
import io.micronaut.context.ApplicationContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Benchmark, not a test: generates a synthetic world and imports it file by file into a fresh
 * embedded Neo4j through GraphImporter, printing seconds and rows/s for every step.
 * Run through bench/generate-and-import.sh, which builds the jar and finds a JDK 21+.
 */
public class GenerateAndImport {

    public static void main(String[] args) throws Exception {
        int enterprises = Integer.parseInt(args[0]);
        long seed = Long.parseLong(args[1]);
        Path work = Path.of(args[2]);
        String pageCache = args.length > 3 ? args[3] : "1g";
        Path files = work.resolve("files");
        Path database = work.resolve("neo4j");
        deleteRecursively(work);

        long started = System.nanoTime();
        GenerationSummary summary = SyntheticWorld.generate(new GeneratorOptions(enterprises, seed, files),
                GenerationListener.NONE);
        double generateSeconds = seconds(started);
        System.out.printf(Locale.ROOT, "generate  %,d enterprises: %,d rows, %.1f MB in %.1f s (%,.0f rows/s)%n",
                enterprises, summary.totalRows(), summary.bytes() / 1e6, generateSeconds,
                summary.totalRows() / generateSeconds);

        long contextStarted = System.nanoTime();
        try (ApplicationContext context = ApplicationContext.run(Map.of(
                "liantu.data-dir", database.toString(),
                "liantu.demo-data", false,
                "liantu.page-cache-memory", pageCache))) {
            System.out.printf(Locale.ROOT, "start     embedded Neo4j and migrations in %.1f s%n",
                    seconds(contextStarted));
            GraphImporter importer = context.getBean(GraphImporter.class);
            long importStarted = System.nanoTime();
            for (RecordType type : RecordType.values()) {
                long fileStarted = System.nanoTime();
                Map<RecordType, Integer> written = importer.importDataset(only(files, type));
                double took = seconds(fileStarted);
                int rows = written.getOrDefault(type, 0);
                System.out.printf(Locale.ROOT, "import    %-22s %,10d rows %8.1f s %,10.0f rows/s%n", type.fileName(),
                        rows, took, rows / took);
            }
            double importSeconds = seconds(importStarted);
            System.out.printf(Locale.ROOT, "import    all files: %,d rows in %.1f s (%,.0f rows/s)%n",
                    summary.totalRows(), importSeconds, summary.totalRows() / importSeconds);
        }
    }

    private static DatasetSource only(Path directory, RecordType wanted) {
        DatasetSource all = DatasetSource.directory(directory);
        return new DatasetSource() {
            @Override
            public Optional<List<String>> lines(RecordType type) {
                return type == wanted ? all.lines(type) : Optional.empty();
            }

            @Override
            public String describe() {
                return all.describe() + " (" + wanted.fileName() + ")";
            }
        };
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteRecursively(Path directory) throws Exception {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
