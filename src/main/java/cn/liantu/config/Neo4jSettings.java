package cn.liantu.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Connection to an external Neo4j (prefix {@code neo4j}: NEO4J_URI, NEO4J_USERNAME,
 * NEO4J_PASSWORD, NEO4J_DATABASE). With no URI LianTu runs its own embedded database.
 */
@ConfigurationProperties("neo4j")
public record Neo4jSettings(
        @Bindable(defaultValue = "") String uri,
        @Bindable(defaultValue = "neo4j") String username,
        @Bindable(defaultValue = "") String password,
        @Bindable(defaultValue = "neo4j") String database) {

    public boolean external() {
        return uri != null && !uri.isBlank();
    }
}
