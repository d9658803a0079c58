package cn.liantu.persistence;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the versioned files of cypher/migrations ({@code V0001__Description.cypher}) in order,
 * once each, recording version and checksum on a {@code __LiantuMigration} node. An applied file
 * that has since been edited stops the start-up: migrations are never edited, only added.
 */
public final class MigrationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final String FOLDER = "cypher/migrations";
    private static final Pattern FILE_NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    private final GraphDatabase database;

    public MigrationRunner(GraphDatabase database) {
        this.database = database;
    }

    public record Migration(int version, String description, String text, String checksum) {
        /** The statements of the file, split at semicolons that end a line. */
        public List<String> statements() {
            List<String> statements = new ArrayList<>();
            for (String part : text.split(";\\s*(\\n|$)")) {
                String statement = stripComments(part).trim();
                if (!statement.isEmpty()) {
                    statements.add(statement);
                }
            }
            return statements;
        }

        private static String stripComments(String part) {
            StringBuilder kept = new StringBuilder();
            for (String line : part.split("\n")) {
                if (!line.trim().startsWith("//")) {
                    kept.append(line).append('\n');
                }
            }
            return kept.toString();
        }
    }

    public static List<Migration> available() {
        List<Migration> migrations = new ArrayList<>();
        for (String name : ClasspathFiles.list(FOLDER)) {
            Matcher matcher = FILE_NAME.matcher(name);
            if (!matcher.matches()) {
                continue;
            }
            String text = ClasspathFiles.read(FOLDER + "/" + name);
            migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
                    text, sha256(text)));
        }
        checkVersionsAreUnique(migrations);
        return migrations;
    }

    static void checkVersionsAreUnique(List<Migration> migrations) {
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (Migration migration : migrations) {
            if (!seen.add(migration.version())) {
                throw new IllegalStateException("Two migrations have version " + migration.version()
                        + " (one is '" + migration.description() + "'): renumber one; a stale copy left in"
                        + " target/ by a rename goes away with mvn clean");
            }
        }
    }

    /** Applies what is not applied yet; returns the number of migrations applied now. */
    public int migrate() {
        int applied = 0;
        try (Session session = database.driver().session(database.sessionConfig())) {
            Map<Integer, String> done = session.executeRead(tx -> tx.run(
                            "MATCH (m:__LiantuMigration) RETURN m.version AS version, m.checksum AS checksum")
                    .list().stream()
                    .collect(java.util.stream.Collectors.toMap(r -> r.get("version").asInt(),
                            r -> r.get("checksum").asString())));
            for (Migration migration : available()) {
                String checksum = done.get(migration.version());
                if (checksum != null) {
                    if (!checksum.equals(migration.checksum())) {
                        throw new IllegalStateException("Migration V" + migration.version()
                                + " was edited after it was applied; add a new migration instead");
                    }
                    continue;
                }
                // Some copy data in batches and take minutes on a large database: say so before.
                LOG.info("Applying migration V{} {}...", migration.version(), migration.description());
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
                session.executeWrite(tx -> tx.run("""
                        CREATE (:__LiantuMigration {version: $version, description: $description,
                                checksum: $checksum, appliedAt: datetime()})""",
                        Map.of("version", migration.version(), "description", migration.description(),
                                "checksum", migration.checksum())).consume());
                LOG.info("Applied migration V{} {}", migration.version(), migration.description());
                applied++;
            }
            session.run("CALL db.awaitIndexes(300)").consume();
        }
        return applied;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
