package cn.liantu.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Connection to an external Neo4j (prefix {@code neo4j}: NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD or NEO4J_PASSWORD_FILE, NEO4J_DATABASE). With no URI LianTu runs its own
 * embedded database.
 */
@ConfigurationProperties("neo4j")
public record Neo4jSettings(
        @Bindable(defaultValue = "") String uri,
        @Bindable(defaultValue = "neo4j") String username,
        @Bindable(defaultValue = "") String password,
        @Bindable(defaultValue = "neo4j") String database,
        @Bindable(defaultValue = "") String passwordFile) {

    public boolean external() {
        return uri != null && !uri.isBlank();
    }

    /** The password, read from {@code passwordFile} (a mounted secret) when one is named. */
    public String resolvedPassword() {
        if (passwordFile == null || passwordFile.isBlank()) {
            return password;
        }
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of(passwordFile)).strip();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot read the Neo4j password file " + passwordFile + ": " + e.getMessage(), e);
        }
    }
}
