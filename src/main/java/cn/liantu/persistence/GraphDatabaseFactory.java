package cn.liantu.persistence;

import cn.liantu.config.LiantuSettings;
import cn.liantu.config.Neo4jSettings;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Opens the external Neo4j named by NEO4J_URI, or starts the embedded one when none is named. */
@Factory
public class GraphDatabaseFactory {

    private static final Logger LOG = LoggerFactory.getLogger(GraphDatabaseFactory.class);

    @Singleton
    @Bean(preDestroy = "close")
    GraphDatabase graphDatabase(Neo4jSettings neo4j, LiantuSettings liantu) {
        return open(neo4j, liantu);
    }

    public static GraphDatabase open(Neo4jSettings neo4j, LiantuSettings liantu) {
        if (neo4j.external()) {
            LOG.info("Using external Neo4j at {} (database {})", neo4j.uri(), neo4j.database());
            String password = neo4j.resolvedPassword();
            AuthToken auth = password.isEmpty() ? AuthTokens.none() : AuthTokens.basic(neo4j.username(), password);
            return new GraphDatabase(org.neo4j.driver.GraphDatabase.driver(neo4j.uri(), auth, driverConfig()),
                    neo4j.database(), null);
        }
        EmbeddedNeo4j embedded = EmbeddedNeo4j.start(Path.of(liantu.dataDir()), liantu.boltListen(),
                liantu.pageCacheMemory());
        try {
            Driver driver = org.neo4j.driver.GraphDatabase.driver(embedded.boltUri(), AuthTokens.none(), driverConfig());
            return new GraphDatabase(driver, "neo4j", embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static Config driverConfig() {
        return Config.builder()
                .withConnectionTimeout(5, TimeUnit.SECONDS)
                .withConnectionAcquisitionTimeout(10, TimeUnit.SECONDS)
                .withMaxTransactionRetryTime(2, TimeUnit.SECONDS)
                .withMaxConnectionPoolSize(64)
                .withLogging(org.neo4j.driver.Logging.slf4j())
                .build();
    }
}
