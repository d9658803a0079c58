package cn.liantu.cli;

import cn.liantu.importer.GraphExport;
import cn.liantu.importer.RecordType;
import cn.liantu.persistence.Directories;
import io.micronaut.context.ApplicationContext;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code export <dir> [--force]}: writes the whole graph of the database the server would use in
 * the import format, so that {@code import <dir>} into an empty database gives the same graph.
 */
final class ExportCommand implements Command {

    private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export <dir> [--force]   the whole graph in the import format (--force: into a non-empty dir)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        boolean force = false;
        List<String> paths = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("--force")) {
                force = true;
            } else if (argument.startsWith("-")) {
                throw new Commands.UsageException("Unknown option " + argument);
            } else {
                paths.add(argument);
            }
        }
        if (paths.size() != 1) {
            throw new Commands.UsageException("Give exactly one directory to export into");
        }
        Path target = Path.of(paths.getFirst());
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new Commands.UsageException(target + " is a file, not a directory");
        }
        if (!force && Files.isDirectory(target) && !Directories.isEmpty(target)) {
            throw new Commands.UsageException(target + " is not empty: export into a new or empty directory,"
                    + " or pass --force to replace the export files in it");
        }
        try (ApplicationContext context = Databases.open()) {
            long started = System.nanoTime();
            out.println("Exporting the graph into " + target);
            GraphExport.Summary summary = context.getBean(GraphExport.class).export(target, force,
                    new Progress(out, started));
            double seconds = (System.nanoTime() - started) / 1e9;
            out.printf(Locale.ROOT, "Done: %,d rows in %d files, %.1f MB, in %.1f s, plus %s.%n",
                    summary.totalRows(), summary.rows().size(), summary.bytes() / 1e6, seconds, GraphExport.MANIFEST);
            return 0;
        } catch (IOException e) {
            err.println("Cannot write " + target + ": " + e.getMessage() + ". Nothing was written there.");
            return 1;
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            return 2;
        }
    }

    /** Each file when it is written, and a long file's rows at most every two seconds. */
    private static final class Progress implements GraphExport.Listener {
        private final PrintStream out;
        private final long started;
        private long lastPrinted;

        Progress(PrintStream out, long started) {
            this.out = out;
            this.started = started;
            this.lastPrinted = started;
        }

        @Override
        public void rows(RecordType type, long rows) {
            long now = System.nanoTime();
            if (now - lastPrinted >= PROGRESS_INTERVAL_NANOS) {
                lastPrinted = now;
                out.printf(Locale.ROOT, "  %-28s %,12d rows so far   at %.1f s%n", type.fileName(), rows,
                        (now - started) / 1e9);
            }
        }

        @Override
        public void fileWritten(RecordType type, long rows, long bytes) {
            out.printf(Locale.ROOT, "  %-28s %,12d rows %9.1f MB   at %.1f s%n", type.fileName(), rows, bytes / 1e6,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
