package cn.liantu.cli;

import cn.liantu.persistence.StoreBackup;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code restore <file-or-dir> [--force] [--check] [--data-dir DIR]}: verifies a backup, then puts
 * it in place as the data directory. A non-empty data directory is replaced only with --force (and
 * kept, renamed); --check verifies the backup and writes nothing.
 */
final class RestoreCommand implements Command {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String usage() {
        return "restore <file-or-dir> [--force] [--check] [--data-dir DIR]   a backup as the embedded database";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        BackupCommand.Options options = BackupCommand.Options.parse(arguments, "Give the backup file to restore");
        long started = System.nanoTime();
        try {
            Path archive = archive(options.path());
            out.println("Verifying " + archive);
            StoreBackup.Contents contents = StoreBackup.verify(archive);
            out.printf(Locale.ROOT, "  backup of %s: %d files, %.1f MB, every SHA-256 as listed%n",
                    contents.createdAt(), contents.files().size(), contents.bytes() / 1e6);
            if (options.checkOnly()) {
                out.println("Check only: nothing restored.");
                return 0;
            }
            out.println("Restoring into " + options.dataDir());
            Path previous = StoreBackup.restore(archive, options.dataDir(), options.force());
            out.printf(Locale.ROOT, "Done in %.1f s.%s Start the server on %s (LIANTU_DATA_DIR) to use it.%n",
                    (System.nanoTime() - started) / 1e9,
                    previous == null ? "" : " The data directory it replaced is kept as " + previous
                            + ": delete it when satisfied.",
                    options.dataDir());
            return 0;
        } catch (StoreBackup.BackupException e) {
            err.println(e.getMessage());
            return 1;
        } catch (IOException e) {
            err.println("Restore failed: " + e.getMessage() + ". The data directory was not changed.");
            return 1;
        }
    }

    /** The file itself, or the one backup in a directory. */
    private static Path archive(Path path) throws IOException {
        if (!Files.isDirectory(path)) {
            return path;
        }
        List<Path> backups;
        try (Stream<Path> files = Files.list(path)) {
            backups = files.filter(file -> file.getFileName().toString().matches("liantu-backup-.*\\.zip")).sorted()
                    .toList();
        }
        if (backups.size() != 1) {
            throw new StoreBackup.BackupException(path + " holds " + (backups.isEmpty() ? "no backup"
                    : backups.size() + " backups " + backups.stream().map(p -> p.getFileName().toString()).toList())
                    + ": give the backup file itself");
        }
        return backups.getFirst();
    }
}
