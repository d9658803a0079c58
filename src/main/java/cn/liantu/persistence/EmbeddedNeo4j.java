package cn.liantu.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside the LianTu process. LianTu talks to it through the Bolt driver,
 * exactly as to an external Neo4j, so there is one code path for both modes.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedNeo4j.class);

    private final DatabaseManagementService managementService;
    private final SocketAddress boltAddress;
    private boolean closed;

    private EmbeddedNeo4j(DatabaseManagementService managementService, SocketAddress boltAddress) {
        this.managementService = managementService;
        this.boltAddress = boltAddress;
    }

    /**
     * Starts the database in {@code dataDir}.
     *
     * @param boltListen host:port to accept Bolt on for other tools too, or blank for a private
     *                   loopback port
     */
    public static EmbeddedNeo4j start(Path configuredDir, String boltListen, String pageCacheMemory) {
        // Neo4j refuses a home such as /srv/liantu/./data: the default ./data must be normalised.
        Path dataDir = configuredDir.toAbsolutePath().normalize();
        SocketAddress address = boltListen == null || boltListen.isBlank()
                ? new SocketAddress("127.0.0.1", freeLoopbackPort())
                : parseAddress(boltListen.trim());
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        LOG.info("Starting embedded Neo4j in {} (Bolt on {})", dataDir.toAbsolutePath(), address);
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir.toAbsolutePath())
                .setConfig(GraphDatabaseSettings.server_logging_config_path, writeLogConfig(dataDir))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, address)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCacheMemory))
                .build();
        return new EmbeddedNeo4j(service, address);
    }

    /**
     * Neo4j's own log configuration, with plain layouts and a fixed path: its default one needs
     * Log4j plugins that do not survive being packed into one jar.
     */
    private static Path writeLogConfig(Path dataDir) {
        Path logs = dataDir.toAbsolutePath().resolve("logs");
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <Configuration status="ERROR">
                  <Appenders>
                    <RollingRandomAccessFile name="DebugLog" fileName="%1$s/debug.log" filePattern="%1$s/debug.log.%%02i">
                      <PatternLayout pattern="%%d{yyyy-MM-dd HH:mm:ss.SSSZ} %%-5p [%%c{1.}] %%m%%n"/>
                      <Policies><SizeBasedTriggeringPolicy size="20 MB"/></Policies>
                      <DefaultRolloverStrategy fileIndex="min" max="3"/>
                    </RollingRandomAccessFile>
                  </Appenders>
                  <Loggers>
                    <Root level="INFO"><AppenderRef ref="DebugLog"/></Root>
                  </Loggers>
                </Configuration>
                """.formatted(logs.toString().replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;"));
        try {
            Files.createDirectories(logs);
            Path config = dataDir.toAbsolutePath().resolve("neo4j-server-logs.xml");
            Files.writeString(config, xml);
            return config;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the database log configuration in " + dataDir, e);
        }
    }

    public String boltUri() {
        return "bolt://" + boltAddress.getHostname() + ":" + boltAddress.getPort();
    }

    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            managementService.shutdown();
        }
    }

    /** host:port, e.g. 127.0.0.1:7687 or :7687 for every interface. */
    static SocketAddress parseAddress(String hostAndPort) {
        int colon = hostAndPort.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("LIANTU_BOLT_LISTEN must be host:port, e.g. 127.0.0.1:7687, got '"
                    + hostAndPort + "'");
        }
        String host = colon == 0 ? "0.0.0.0" : hostAndPort.substring(0, colon);
        try {
            return new SocketAddress(host, Integer.parseInt(hostAndPort.substring(colon + 1)));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("LIANTU_BOLT_LISTEN has no valid port: '" + hostAndPort + "'");
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port for the embedded database", e);
        }
    }
}
