package cn.liantu.graphql;

import cn.liantu.domain.Park;
import cn.liantu.domain.Project;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.EnterpriseQueries;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.ParkCriteria;
import cn.liantu.persistence.query.ParkQueries;
import cn.liantu.persistence.query.ProjectCriteria;
import cn.liantu.persistence.query.SortKey;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Parks: look-up, list, and what is in them. */
@Singleton
public class ParkFetchers implements SchemaWiring {

    static final Map<String, String> ORDER_FIELDS = Map.of("NAME", "name", "AREA", "areaMu",
            "APPROVED_ON", "approvedOn");

    private final Lists lists;
    private final Arguments arguments;
    private final EnterpriseFetchers enterprises;

    public ParkFetchers(Lists lists, Arguments arguments, EnterpriseFetchers enterprises) {
        this.lists = lists;
        this.arguments = arguments;
        this.enterprises = enterprises;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("park", env -> Fetch.load(env, Loaders.PARK, env.<String>getArgument("id")))
                .dataFetcher("parks", env -> {
                    ParkCriteria criteria = arguments.parkCriteria(env.getArgument("filter"));
                    List<SortKey> order = arguments.order(env.getArgument("orderBy"), ORDER_FIELDS,
                            List.of(new SortKey("name", false)));
                    return lists.connection(env, arguments.page(env), page -> ParkQueries.page(criteria, order, page),
                            ParkQueries.count(criteria), Rows::park);
                }));
        wiring.type("Park", type -> type
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION, park(env).regionCode()))
                .dataFetcher("leadingChains", env -> Fetch.loadList(env, Loaders.PARK_LEADING_CHAINS, park(env).id()))
                .dataFetcher("enterprises", env -> enterprises.nested(env, EnterpriseQueries.Anchor.PARK,
                        park(env).id(), criteria -> criteria.withPark(null)))
                .dataFetcher("projects", this::projects));
        wiring.type("ParkConnection", ConnectionWiring::wire);
    }

    private CompletableFuture<Connection<Project>> projects(DataFetchingEnvironment env) {
        ProjectCriteria criteria = arguments.projectCriteria(env.getArgument("filter")).withPark(null);
        PageRequest page = arguments.page(env);
        NestedLists.ProjectSpec spec = new NestedLists.ProjectSpec(criteria, ProjectFetchers.DEFAULT_ORDER, page);
        NestedLists.Key<NestedLists.ProjectSpec> key = new NestedLists.Key<>(park(env).id(), spec);
        CompletableFuture<List<Project>> items = Fetch.loadList(env, NestedLists.PROJECT_PAGES, key);
        return items.thenApply(fetched -> Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                () -> Fetch.<NestedLists.Key<NestedLists.ProjectSpec>, Integer>load(env, NestedLists.PROJECT_COUNTS,
                        key).thenApply(total -> total == null ? 0 : total)));
    }

    private static Park park(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
