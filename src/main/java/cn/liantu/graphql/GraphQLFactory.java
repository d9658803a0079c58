package cn.liantu.graphql;

import cn.liantu.config.LimitSettings;
import cn.liantu.persistence.ClasspathFiles;
import cn.liantu.security.AuditLog;
import graphql.GraphQL;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.AsyncSerialExecutionStrategy;
import graphql.execution.SubscriptionExecutionStrategy;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.SchemaTransformer;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Builds the executable schema from schema/*.graphqls and the areas' fetchers, with the roles
 * each field needs and the limits every operation must keep.
 */
@Factory
public class GraphQLFactory {

    static final String SCHEMA_FOLDER = "schema";
    /** Distinct documents whose parsed form is kept. */
    static final int PARSED_DOCUMENTS = 1_000;

    @Singleton
    TypeDefinitionRegistry typeDefinitions() {
        TypeDefinitionRegistry types = new TypeDefinitionRegistry();
        SchemaParser parser = new SchemaParser();
        for (String file : ClasspathFiles.list(SCHEMA_FOLDER)) {
            if (file.endsWith(".graphqls")) {
                types.merge(parser.parse(ClasspathFiles.read(SCHEMA_FOLDER + "/" + file)));
            }
        }
        return types;
    }

    @Singleton
    FieldRoles fieldRoles(TypeDefinitionRegistry types) {
        return FieldRoles.from(types);
    }

    @Singleton
    GraphQLSchema schema(TypeDefinitionRegistry types, List<SchemaWiring> areas, FieldRoles roles) {
        RuntimeWiring.Builder wiring = RuntimeWiring.newRuntimeWiring().scalar(DateScalar.DATE);
        areas.forEach(area -> area.wire(wiring));
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(types, wiring.build());
        return SchemaTransformer.transformSchema(schema, new RoleDescriptions(roles));
    }

    @Singleton
    GraphQL graphQL(GraphQLSchema schema, FieldRoles roles, AuditLog auditLog, LimitSettings limits) {
        ErrorMapping errors = new ErrorMapping();
        return GraphQL.newGraphQL(new AccessChecks(roles, new MutationAudit(auditLog)).applyTo(schema))
                .queryExecutionStrategy(new AsyncExecutionStrategy(errors))
                .mutationExecutionStrategy(new AsyncSerialExecutionStrategy(errors))
                .subscriptionExecutionStrategy(new SubscriptionExecutionStrategy(errors))
                .instrumentation(new QueryLimitChecks(limits.maxDepth(), limits.maxComplexity(), new QueryComplexity()))
                .preparsedDocumentProvider(new ParsedDocumentCache(PARSED_DOCUMENTS))
                .build();
    }

    /** Adds the role a field needs to its description, so the Docs pane shows it. */
    private static final class RoleDescriptions extends GraphQLTypeVisitorStub {

        private final FieldRoles roles;

        RoleDescriptions(FieldRoles roles) {
            this.roles = roles;
        }

        @Override
        public TraversalControl visitGraphQLFieldDefinition(GraphQLFieldDefinition field,
                                                            TraverserContext<GraphQLSchemaElement> context) {
            if (!(context.getParentNode() instanceof graphql.schema.GraphQLObjectType parent)) {
                return TraversalControl.CONTINUE;
            }
            var required = roles.required(parent.getName(), field.getName());
            if (required.isEmpty() || field.getName().startsWith("__")) {
                return TraversalControl.CONTINUE;
            }
            String note = "Needs the role " + required.get() + " (所需角色).";
            String description = field.getDescription() == null ? note : field.getDescription() + "\n\n" + note;
            return changeNode(context, field.transform(builder -> builder.description(description)));
        }
    }
}
