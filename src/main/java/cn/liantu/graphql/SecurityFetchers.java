package cn.liantu.graphql;

import cn.liantu.security.ApiKeyStore;
import cn.liantu.security.AuditLog;
import cn.liantu.security.Caller;
import cn.liantu.security.Role;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** The caller's own identity, API keys and the audit log. */
@Singleton
public class SecurityFetchers implements SchemaWiring {

    private final ApiKeyStore apiKeys;
    private final Lists lists;
    private final Arguments arguments;

    public SecurityFetchers(ApiKeyStore apiKeys, Lists lists, Arguments arguments) {
        this.apiKeys = apiKeys;
        this.lists = lists;
        this.arguments = arguments;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("me", Callers::of)
                .dataFetcher("apiKeys", env -> apiKeys.list())
                .dataFetcher("auditLog", this::auditLog));
        wiring.type("Caller", type -> type.dataFetcher("method", env -> env.<Caller>getSource().method().name()));
        wiring.type("Mutation", type -> type
                .dataFetcher("createApiKey", this::createApiKey)
                .dataFetcher("revokeApiKey", env -> apiKeys.revoke(env.getArgument("id"))));
        wiring.type("AuditEntryConnection", ConnectionWiring::wire);
    }

    private ApiKeyStore.CreatedKey createApiKey(DataFetchingEnvironment env) {
        String regionCode = env.getArgument("regionCode");
        if (regionCode != null) {
            regionCode = arguments.region(regionCode).code();
        }
        return apiKeys.create(env.getArgument("name"), Role.valueOf(env.getArgument("role")), regionCode,
                Callers.of(env).id());
    }

    private Connection<AuditLog.Entry> auditLog(DataFetchingEnvironment env) {
        String outcome = env.getArgument("outcome");
        AuditLog.Filter filter = new AuditLog.Filter(env.getArgument("caller"), env.getArgument("operation"),
                outcome == null ? null : AuditLog.Outcome.valueOf(outcome));
        return lists.connection(env, arguments.page(env), AuditLog.LIST_QUERY, AuditLog.COUNT_QUERY,
                AuditLog.parameters(filter), AuditLog::entry);
    }
}
