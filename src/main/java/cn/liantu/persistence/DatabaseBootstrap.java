package cn.liantu.persistence;

import cn.liantu.config.LiantuSettings;
import cn.liantu.importer.DatasetSource;
import cn.liantu.importer.GraphImporter;
import io.micronaut.context.annotation.Context;
import jakarta.annotation.PostConstruct;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prepares the database before the server takes requests: applies the migrations and, on an
 * empty embedded database, loads the demo dataset so GraphiQL answers at once.
 */
@Context
public class DatabaseBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBootstrap.class);
    public static final String DEMO_DATASET = "demo";

    private final GraphDatabase database;
    private final Cypher cypher;
    private final GraphImporter importer;
    private final LiantuSettings settings;
    private final SchemaMigrations migrations;

    public DatabaseBootstrap(GraphDatabase database, Cypher cypher, GraphImporter importer, LiantuSettings settings,
                             SchemaMigrations migrations) {
        this.database = database;
        this.migrations = migrations;
        this.cypher = cypher;
        this.importer = importer;
        this.settings = settings;
    }

    @PostConstruct
    void prepare() {
        // An unreachable external database does not stop the server: /health reports it, the
        // migrations are retried, and requests get DATABASE_UNAVAILABLE until they are applied.
        migrations.applyAtStart();
        if (migrations.isPending()) {
            return;
        }
        if (database.isEmbedded() && settings.demoData() && isEmpty()) {
            LOG.info("Empty embedded database: loading the demo dataset");
            importer.importDataset(DatasetSource.classpath(DEMO_DATASET));
        }
    }

    private boolean isEmpty() {
        return cypher.read(QueryCatalog.get("bootstrap/find_any_data_node"), Map.of()).isEmpty();
    }
}
