package cn.liantu.graphql;

import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.GraphDatabase;
import cn.liantu.persistence.QueryCatalog;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.Map;

/** Query.about: the server's version and the database it reads. */
@Singleton
public class AboutFetchers implements SchemaWiring {

    public record About(String version, boolean embeddedDatabase, int enterpriseCount) {
    }

    private final Cypher cypher;
    private final GraphDatabase database;

    public AboutFetchers(Cypher cypher, GraphDatabase database) {
        this.cypher = cypher;
        this.database = database;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("about", env -> new About(version(), database.isEmbedded(),
                cypher.read(QueryCatalog.get("enterprise/count_all_enterprises"), Map.of(),
                        record -> record.get("total").asInt()).getFirst())));
    }

    private static String version() {
        String version = AboutFetchers.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
