package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.support.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The default data directory is "./data": a relative path with a dot, which Neo4j itself refuses. */
class EmbeddedNeo4jPathIT {

    @Test
    void aRelativeDottedDataDirectoryStarts() {
        Path parent = TestServer.freshDirectory("dotted");
        Path dotted = Path.of(parent.toString(), ".", "data");
        try (EmbeddedNeo4j embedded = EmbeddedNeo4j.start(dotted, "", "16m")) {
            assertThat(embedded.boltUri()).startsWith("bolt://127.0.0.1:");
        }
        assertThat(Files.isDirectory(parent.resolve("data").resolve("data").resolve("databases"))).isTrue();
    }
}
