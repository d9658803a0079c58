package cn.liantu.graphql;

import cn.liantu.persistence.query.PageRequest;
import cn.liantu.security.ApiKeyStore;
import cn.liantu.security.AuditLog;
import cn.liantu.security.Caller;
import cn.liantu.security.Role;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** The caller's own identity, API keys and the audit log. */
@Singleton
public class SecurityFetchers implements SchemaWiring {

    private final ApiKeyStore apiKeys;
    private final AuditLog audit;
    private final Arguments arguments;

    public SecurityFetchers(ApiKeyStore apiKeys, AuditLog audit, Arguments arguments) {
        this.apiKeys = apiKeys;
        this.audit = audit;
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
        PageRequest page = arguments.page(env);
        String outcome = env.getArgument("outcome");
        AuditLog.Filter filter = new AuditLog.Filter(env.getArgument("caller"), env.getArgument("operation"),
                outcome == null ? null : AuditLog.Outcome.valueOf(outcome));
        List<AuditLog.Entry> fetched = audit.page(filter, page.offset(), page.limit() + 1);
        Integer total = Fetch.selected(env, "totalCount") ? audit.count(filter) : null;
        return Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                () -> CompletableFuture.completedFuture(total));
    }
}
