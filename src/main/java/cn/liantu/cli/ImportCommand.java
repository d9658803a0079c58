package cn.liantu.cli;

import cn.liantu.importer.DatasetImport;
import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.FolderImportReport;
import cn.liantu.importer.ImportEngine;
import cn.liantu.importer.ImportOptions;
import cn.liantu.importer.ImportReport;
import cn.liantu.importer.RecordType;
import io.micronaut.context.ApplicationContext;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code import <dir-or-file> [--dry-run] [--skip-invalid]}: imports files of the import format
 * into the database the server would use (the same LIANTU_DATA_DIR and NEO4J_* settings).
 */
final class ImportCommand implements Command {

    private static final int PROBLEMS_SHOWN = 200;

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import <dir-or-file> [--dry-run] [--skip-invalid]";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean dryRun = false;
        boolean skipInvalid = false;
        List<String> paths = new ArrayList<>();
        for (String argument : arguments) {
            switch (argument) {
                case "--dry-run" -> dryRun = true;
                case "--skip-invalid" -> skipInvalid = true;
                default -> {
                    if (argument.startsWith("--")) {
                        throw new Commands.UsageException("Unknown option " + argument);
                    }
                    paths.add(argument);
                }
            }
        }
        if (paths.size() != 1) {
            throw new Commands.UsageException("Give exactly one directory or file to import");
        }
        Path path = Path.of(paths.getFirst());
        if (DatasetImport.isRawDataset(path)) {
            return importRawDataset(path, dryRun, out);
        }
        DatasetSource source = source(path);
        try (ApplicationContext context = Databases.open()) {
            ImportEngine engine = context.getBean(ImportEngine.class);
            ImportReport report = engine.run(source, new ImportOptions(dryRun, skipInvalid, 5_000),
                    new ConsoleProgress(out));
            print(report, out);
            if (!report.problems().isEmpty() && !skipInvalid) {
                err.println("Nothing written: " + report.problems().size()
                        + " invalid rows. Fix them, or pass --skip-invalid to import the valid rows.");
                return 1;
            }
            out.println(dryRun ? "Dry run: nothing written." : "Done.");
            return 0;
        }
    }

    /** A public dataset (regions, GB/T 4754, chain-kg, dev zones): converted, its quirks reported, valid rows written. */
    private static int importRawDataset(Path folder, boolean dryRun, PrintStream out) {
        if (dryRun) {
            throw new Commands.UsageException("--dry-run is for import-format files; " + folder
                    + " is a public dataset, converted and imported with its quirks reported");
        }
        try (ApplicationContext context = Databases.open()) {
            FolderImportReport report = context.getBean(DatasetImport.class).importFolder(folder,
                    new ConsoleProgress(out));
            report.summary().forEach(out::println);
            out.println("Done.");
            return 0;
        }
    }

    private static DatasetSource source(Path path) {
        if (Files.isDirectory(path)) {
            if (RecordType.stream().noneMatch(type -> Files.isRegularFile(path.resolve(type.fileName())))) {
                throw new Commands.UsageException(path + " holds no import files (regions.jsonl, enterprises.jsonl, …;"
                        + " see docs/import-format.md)");
            }
            return DatasetSource.directory(path);
        }
        if (Files.isRegularFile(path)) {
            String name = path.getFileName().toString();
            RecordType type = RecordType.forFileName(name).orElseThrow(() -> new Commands.UsageException(
                    "Cannot tell the record type of " + name + ": name the file after its type, e.g. enterprises.jsonl"));
            return DatasetSource.singleFile(type, path);
        }
        throw new Commands.UsageException("No such file or directory: " + path);
    }

    private static void print(ImportReport report, PrintStream out) {
        out.print(report.summary());
        List<ImportReport.Problem> problems = report.problems();
        if (!problems.isEmpty()) {
            out.println(problems.size() + " invalid rows:");
            problems.stream().limit(PROBLEMS_SHOWN).forEach(problem -> out.println("  " + problem));
            if (problems.size() > PROBLEMS_SHOWN) {
                out.println("  … and " + (problems.size() - PROBLEMS_SHOWN) + " more");
            }
        }
    }
}
