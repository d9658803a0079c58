package cn.liantu.cli;

import cn.liantu.persistence.StoreBackup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code backup <file-or-dir> [--force] [--data-dir DIR]}: a consistent copy of the embedded
 * database (every database, its transaction logs and the JWT secret) into one ZIP file, made while
 * the server is stopped. A directory gets a file named after the time.
 */
final class BackupCommand implements Command {

    @Override
    public String name() {
        return "backup";
    }

    @Override
    public String usage() {
        return "backup <file-or-dir> [--force] [--data-dir DIR]   a copy of the stopped embedded database";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        Options options = Options.parse(arguments, "Give the backup file, or a directory to put it in");
        Path dataDir = options.dataDir();
        Path archive = Files.isDirectory(options.path())
                ? options.path().resolve(StoreBackup.defaultFileName(LocalDateTime.now()))
                : options.path();
        long started = System.nanoTime();
        try {
            out.println("Backing up the database in " + dataDir + " to " + archive);
            StoreBackup.Contents contents = StoreBackup.backup(dataDir, archive, options.force());
            out.printf(Locale.ROOT, "Done: %d files, %.1f MB of store, %.1f MB written to %s in %.1f s.%n",
                    contents.files().size(), contents.bytes() / 1e6, Files.size(contents.archive()) / 1e6,
                    contents.archive(), (System.nanoTime() - started) / 1e9);
            return 0;
        } catch (StoreBackup.BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Backup failed, nothing written to " + archive + ": " + e.getMessage());
            return 1;
        }
    }

    /** The arguments backup and restore share: one path, --force, --data-dir (else LIANTU_DATA_DIR, else ./data). */
    record Options(Path path, boolean force, boolean checkOnly, Path dataDir) {

        static Options parse(List<String> arguments, String missingPath) {
            boolean force = false;
            boolean checkOnly = false;
            Path dataDir = null;
            List<String> paths = new ArrayList<>();
            for (int i = 0; i < arguments.size(); i++) {
                String argument = arguments.get(i);
                switch (argument) {
                    case "--force" -> force = true;
                    case "--check" -> checkOnly = true;
                    case "--data-dir" -> {
                        if (i + 1 >= arguments.size()) {
                            throw new Commands.UsageException("--data-dir needs a directory");
                        }
                        dataDir = Path.of(arguments.get(++i));
                    }
                    default -> {
                        if (argument.startsWith("-")) {
                            throw new Commands.UsageException("Unknown option " + argument);
                        }
                        paths.add(argument);
                    }
                }
            }
            if (paths.size() != 1) {
                throw new Commands.UsageException(missingPath);
            }
            if (dataDir == null) {
                String external = System.getenv("NEO4J_URI");
                if (external != null && !external.isBlank()) {
                    throw new IllegalStateException("NEO4J_URI is set: LianTu uses an external Neo4j, whose own tools"
                            + " back it up (neo4j-admin database dump / backup). backup and restore are for the"
                            + " embedded database (or give its directory with --data-dir).");
                }
                String fromEnvironment = System.getenv("LIANTU_DATA_DIR");
                dataDir = Path.of(fromEnvironment == null || fromEnvironment.isBlank() ? "./data" : fromEnvironment);
            }
            return new Options(Path.of(paths.getFirst()), force, checkOnly, dataDir);
        }
    }
}
