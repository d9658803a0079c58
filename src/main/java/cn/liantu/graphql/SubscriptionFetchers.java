package cn.liantu.graphql;

import cn.liantu.domain.Project;
import cn.liantu.persistence.RegionDirectory;
import cn.liantu.service.ProjectEvents;
import cn.liantu.service.Scope;
import cn.liantu.service.ScopeResolver;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;

/** projectChanged: this instance's project writes, filtered to the subscriber's scope. */
@Singleton
public class SubscriptionFetchers implements SchemaWiring {

    private final ProjectEvents events;
    private final ScopeResolver scopes;
    private final RegionDirectory regions;

    public SubscriptionFetchers(ProjectEvents events, ScopeResolver scopes, RegionDirectory regions) {
        this.events = events;
        this.scopes = scopes;
        this.regions = regions;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Subscription", type -> type.dataFetcher("projectChanged", env -> {
            Scope scope = scopes.resolveOptional(env.getArgument("scope"));
            return events.stream().filter(event -> inScope(event.project(), scope));
        }));
    }

    private boolean inScope(Project project, Scope scope) {
        if (scope.parkId() != null) {
            return scope.parkId().equals(project.parkId());
        }
        return scope.regionCode() == null
                || (project.regionCode() != null && regions.contains(scope.regionCode(), project.regionCode()));
    }
}
