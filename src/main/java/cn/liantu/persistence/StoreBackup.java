package cn.liantu.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backup and restore of the embedded database: a ZIP of the data directory (Neo4j's store and
 * transaction logs of every database, and the JWT secret) taken while no process has the database
 * open, with a manifest giving the size and SHA-256 of every file.
 *
 * <p>Why a copy of a closed store: the embedded Neo4j (community) has no online backup, and a copy
 * of store files that a running database writes to is not consistent. After a clean shutdown the
 * files are; while copying, the backup holds Neo4j's own store lock, so a server started meanwhile
 * fails at once instead of changing the files under the copy. Neo4j's dump classes would need the
 * database closed just the same, and are internal API.
 */
public final class StoreBackup {

    public static final String MANIFEST = "liantu-backup.json";
    public static final String FORMAT = "liantu-backup";
    public static final int VERSION = 1;
    /** Neo4j's lock of the whole store, held while a process has the database open. */
    static final Path STORE_LOCK = Path.of("data", "databases", "store_lock");

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Set<String> NOT_COPIED_NAMES = Set.of("store_lock", "database_lock", "neo4j-server-logs.xml");
    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private StoreBackup() {
    }

    /** A problem the user can fix: the message says what and how. */
    public static final class BackupException extends RuntimeException {
        public BackupException(String message) {
            super(message);
        }
    }

    /** One file of a backup. */
    public record FileEntry(String path, long size, String sha256) {
    }

    /** What a backup holds. */
    public record Contents(Path archive, Instant createdAt, List<FileEntry> files) {
        public long bytes() {
            return files.stream().mapToLong(FileEntry::size).sum();
        }
    }

    /** The name of a backup made into a directory: liantu-backup-20261123-013000.zip. */
    public static String defaultFileName(LocalDateTime now) {
        return "liantu-backup-" + FILE_TIME.format(now) + ".zip";
    }

    /**
     * Writes a backup of the database in {@code dataDir} to {@code archive}, through a temporary file
     * moved into place when complete. Refused while another process has the database open.
     */
    public static Contents backup(Path dataDir, Path archive, boolean replace) throws IOException {
        Path lockFile = dataDir.resolve(STORE_LOCK);
        if (!Files.isRegularFile(lockFile)) {
            throw new BackupException("No LianTu database in " + dataDir + " (no " + STORE_LOCK + "): check"
                    + " LIANTU_DATA_DIR or --data-dir");
        }
        if (Files.exists(archive) && !replace) {
            throw new BackupException(archive + " exists: choose another name, or pass --force to replace it");
        }
        Path absolute = archive.toAbsolutePath().normalize();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling("." + absolute.getFileName() + ".partial-" + UUID.randomUUID());
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE);
             FileLock lock = lockOrExplain(channel, dataDir)) {
            List<FileEntry> entries = new ArrayList<>();
            Instant createdAt = Instant.now();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(temporary))) {
                zip.setLevel(Deflater.BEST_SPEED);
                for (Path file : filesToCopy(dataDir)) {
                    String name = dataDir.relativize(file).toString().replace('\\', '/');
                    zip.putNextEntry(new ZipEntry(name));
                    MessageDigest digest = sha256();
                    long size;
                    try (InputStream in = Files.newInputStream(file)) {
                        size = copy(in, zip, digest);
                    }
                    zip.closeEntry();
                    entries.add(new FileEntry(name, size, HexFormat.of().formatHex(digest.digest())));
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(JSON.writeValueAsBytes(manifest(createdAt, entries)));
                zip.closeEntry();
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return new Contents(absolute, createdAt, entries);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Reads the whole archive and checks it: a LianTu backup of a known version, every file the
     * manifest lists present with its size and SHA-256, nothing else, no path leaving the directory.
     */
    public static Contents verify(Path archive) throws IOException {
        if (!Files.isRegularFile(archive)) {
            throw new BackupException("No backup file " + archive);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            Contents contents = readManifest(zip, archive);
            Map<String, FileEntry> expected = new LinkedHashMap<>();
            contents.files().forEach(entry -> expected.put(entry.path(), entry));
            var entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                FileEntry listed = expected.remove(entry.getName());
                if (listed == null) {
                    throw corrupt(archive, entry.getName() + " is not in the manifest");
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    check(archive, listed, in, OutputStream.nullOutputStream());
                }
            }
            if (!expected.isEmpty()) {
                throw corrupt(archive, "missing " + expected.keySet());
            }
            return contents;
        } catch (java.util.zip.ZipException e) {
            throw corrupt(archive, "not a readable ZIP file (" + e.getMessage() + ")");
        }
    }

    /**
     * Restores {@code archive} into {@code dataDir}: verified first, unpacked (and checked again)
     * into a temporary directory next to it, then moved into place. A non-empty data directory is
     * refused unless {@code replace}; then it is kept, renamed, and its new name returned.
     */
    public static Path restore(Path archive, Path dataDir, boolean replace) throws IOException {
        Contents contents = verify(archive);
        Path target = dataDir.toAbsolutePath().normalize();
        boolean occupied = Files.isDirectory(target) && !Directories.isEmpty(target);
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new BackupException(dataDir + " is a file, not a data directory");
        }
        if (occupied && !replace) {
            throw new BackupException("The data directory " + dataDir + " is not empty: restore into a new or empty"
                    + " directory (LIANTU_DATA_DIR or --data-dir), or pass --force to replace it (the current one"
                    + " is kept, renamed)");
        }
        if (occupied && isInUse(target)) {
            throw new BackupException(inUseMessage(dataDir));
        }
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling("." + target.getFileName() + ".restore-" + UUID.randomUUID());
        try {
            unpack(archive, contents, temporary);
            Path previous = null;
            if (occupied) {
                previous = target.resolveSibling(target.getFileName() + ".before-restore-"
                        + FILE_TIME.format(LocalDateTime.now()));
                Files.move(target, previous, StandardCopyOption.ATOMIC_MOVE);
            } else if (Files.isDirectory(target)) {
                Files.delete(target);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            return previous;
        } finally {
            Directories.deleteRecursively(temporary);
        }
    }

    /** Whether a process (a server, an import) has the database in {@code dataDir} open. */
    public static boolean isInUse(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve(STORE_LOCK);
        if (!Files.isRegularFile(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            try (FileLock lock = channel.tryLock()) {
                return lock == null;
            } catch (OverlappingFileLockException e) {
                return true;
            }
        }
    }

    static String inUseMessage(Path dataDir) {
        return "The embedded database in " + dataDir + " is in use (is the LianTu server, or an import, running on"
                + " it?). Stop it first: Ctrl-C or SIGTERM shuts Neo4j down cleanly. A copy of store files a running"
                + " database writes to would not be consistent.";
    }

    private static FileLock lockOrExplain(FileChannel channel, Path dataDir) throws IOException {
        try {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new BackupException(inUseMessage(dataDir));
            }
            return lock;
        } catch (OverlappingFileLockException e) {
            throw new BackupException(inUseMessage(dataDir));
        }
    }

    private static List<Path> filesToCopy(Path dataDir) throws IOException {
        Path logs = dataDir.resolve("logs");
        try (Stream<Path> walk = Files.walk(dataDir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(logs))
                    .filter(file -> !NOT_COPIED_NAMES.contains(file.getFileName().toString()))
                    .sorted()
                    .toList();
        }
    }

    private static Map<String, Object> manifest(Instant createdAt, List<FileEntry> entries) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", FORMAT);
        manifest.put("version", VERSION);
        manifest.put("createdAt", createdAt.toString());
        manifest.put("files", entries);
        return manifest;
    }

    private static Contents readManifest(ZipFile zip, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(MANIFEST);
        if (entry == null) {
            throw corrupt(archive, "no " + MANIFEST + " (not a LianTu backup, or cut short)");
        }
        Map<?, ?> manifest;
        try (InputStream in = zip.getInputStream(entry)) {
            manifest = JSON.readValue(in, Map.class);
        } catch (IOException e) {
            throw corrupt(archive, MANIFEST + " is not readable JSON");
        }
        if (!FORMAT.equals(manifest.get("format"))) {
            throw corrupt(archive, "format is " + manifest.get("format") + ", not " + FORMAT);
        }
        if (!Integer.valueOf(VERSION).equals(manifest.get("version"))) {
            throw corrupt(archive, "backup version " + manifest.get("version") + " is not " + VERSION
                    + ", the one this LianTu reads");
        }
        List<FileEntry> files = new ArrayList<>();
        if (!(manifest.get("files") instanceof List<?> listed)) {
            throw corrupt(archive, MANIFEST + " lists no files");
        }
        for (Object item : listed) {
            Map<?, ?> file = (Map<?, ?>) item;
            String path = String.valueOf(file.get("path"));
            if (path.startsWith("/") || path.contains("\\") || List.of(path.split("/")).contains("..")) {
                throw corrupt(archive, "unsafe path " + path);
            }
            files.add(new FileEntry(path, ((Number) file.get("size")).longValue(), String.valueOf(file.get("sha256"))));
        }
        if (files.stream().noneMatch(file -> file.path().startsWith("data/databases/"))) {
            throw corrupt(archive, "it holds no database");
        }
        return new Contents(archive, Instant.parse(String.valueOf(manifest.get("createdAt"))), files);
    }

    private static void unpack(Path archive, Contents contents, Path directory) throws IOException {
        Files.createDirectories(directory);
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (FileEntry file : contents.files()) {
                ZipEntry entry = zip.getEntry(file.path());
                if (entry == null) {
                    throw corrupt(archive, "missing " + file.path());
                }
                Path destination = directory.resolve(file.path()).normalize();
                if (!destination.startsWith(directory)) {
                    throw corrupt(archive, "unsafe path " + file.path());
                }
                Files.createDirectories(destination.getParent());
                try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(destination)) {
                    check(archive, file, in, out);
                }
            }
        }
    }

    /** Copies {@code in} to {@code out}, failing when its size or SHA-256 is not the listed one. */
    private static void check(Path archive, FileEntry listed, InputStream in, OutputStream out) throws IOException {
        MessageDigest digest = sha256();
        long size = copy(in, out, digest);
        String sha256 = HexFormat.of().formatHex(digest.digest());
        if (size != listed.size() || !sha256.equals(listed.sha256())) {
            throw corrupt(archive, listed.path() + " is damaged (size or SHA-256 differs from the manifest)");
        }
    }

    /** Copies everything and digests it on the way. */
    private static long copy(InputStream in, OutputStream out, MessageDigest digest) throws IOException {
        byte[] buffer = new byte[1 << 16];
        long total = 0;
        for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    private static BackupException corrupt(Path archive, String reason) {
        return new BackupException(archive + " is not a valid LianTu backup: " + reason + ". Nothing was restored.");
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
