package cn.liantu.graphql;

import cn.liantu.persistence.ClasspathFiles;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/** Builds the executable schema from schema/*.graphqls and the areas' fetchers. */
@Factory
public class GraphQLFactory {

    static final String SCHEMA_FOLDER = "schema";

    @Singleton
    GraphQLSchema schema(List<SchemaWiring> areas) {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String file : ClasspathFiles.list(SCHEMA_FOLDER)) {
            if (file.endsWith(".graphqls")) {
                types.merge(parser.parse(ClasspathFiles.read(SCHEMA_FOLDER + "/" + file)));
            }
        }
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(DateScalar.DATE);
        areas.forEach(area -> area.wire(wiring));
        return new SchemaGenerator().makeExecutableSchema(types, wiring.build());
    }

    @Singleton
    GraphQL graphQL(GraphQLSchema schema) {
        ErrorMapping errors = new ErrorMapping();
        return GraphQL.newGraphQL(schema)
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new graphql.execution.AsyncSerialExecutionStrategy(errors))
                .build();
    }
}
