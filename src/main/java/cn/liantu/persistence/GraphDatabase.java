package cn.liantu.persistence;

import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;

/**
 * The database LianTu works on: a driver and database name, plus the embedded instance behind
 * them when there is one. Closing it closes both.
 */
public final class GraphDatabase implements AutoCloseable {

    private final Driver driver;
    private final String databaseName;
    private final EmbeddedNeo4j embedded;

    public GraphDatabase(Driver driver, String databaseName, EmbeddedNeo4j embedded) {
        this.driver = driver;
        this.databaseName = databaseName;
        this.embedded = embedded;
    }

    public Driver driver() {
        return driver;
    }

    public SessionConfig sessionConfig() {
        return SessionConfig.forDatabase(databaseName);
    }

    public String databaseName() {
        return databaseName;
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public Optional<EmbeddedNeo4j> embedded() {
        return Optional.ofNullable(embedded);
    }

    @Override
    public void close() {
        driver.close();
        if (embedded != null) {
            embedded.close();
        }
    }
}
