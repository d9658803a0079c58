package cn.liantu.graphql;

import cn.liantu.security.AccessRules;
import cn.liantu.security.Caller;
import cn.liantu.security.Role;
import cn.liantu.service.ApiException;
import cn.liantu.service.ErrorCode;
import graphql.schema.DataFetcher;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import java.util.Optional;

/**
 * Checks the caller's role before a field's fetcher runs, and writes the audit entry of every
 * mutation made or refused. The fetchers of the fields that need a role, and of all mutations, are
 * wrapped once when the schema is built; the other fields keep their fetcher untouched and cost
 * nothing per request (an instrumentation would look at every field of every answer).
 */
final class AccessChecks {

    private final FieldRoles roles;
    private final MutationAudit audit;

    AccessChecks(FieldRoles roles, MutationAudit audit) {
        this.roles = roles;
        this.audit = audit;
    }

    /** The schema with the fetchers that need a check wrapped. */
    GraphQLSchema applyTo(GraphQLSchema schema) {
        GraphQLCodeRegistry registry = schema.getCodeRegistry();
        GraphQLCodeRegistry checked = registry.transform(builder -> {
            for (GraphQLType type : schema.getAllTypesAsList()) {
                if (!(type instanceof GraphQLObjectType object) || object.getName().startsWith("__")) {
                    continue;
                }
                for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
                    boolean mutation = "Mutation".equals(object.getName());
                    Optional<Role> required = roles.required(object.getName(), field.getName());
                    if (required.isPresent() || mutation) {
                        FieldCoordinates coordinates = FieldCoordinates.coordinates(object, field);
                        DataFetcher<?> fetcher = registry.getDataFetcher(coordinates, field);
                        builder.dataFetcher(coordinates, checked(fetcher, field.getName(), required, mutation));
                    }
                }
            }
        });
        return schema.transform(builder -> builder.codeRegistry(checked));
    }

    private DataFetcher<?> checked(DataFetcher<?> fetcher, String field, Optional<Role> required, boolean mutation) {
        return env -> {
            Caller caller = Callers.of(env);
            try {
                required.ifPresent(role -> AccessRules.require(caller, role, "'" + field + "'"));
                Object result = fetcher.get(env);
                if (mutation) {
                    audit.made(caller, field, env.getArguments(), result);
                }
                return result;
            } catch (ApiException e) {
                if (mutation && (e.code() == ErrorCode.FORBIDDEN || e.code() == ErrorCode.UNAUTHENTICATED)) {
                    audit.refused(caller, field, env.getArguments(), e.getMessage());
                }
                throw e;
            }
        };
    }
}
