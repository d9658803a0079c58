package cn.liantu.graphql;

import cn.liantu.domain.ChainLeader;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.Enterprise;
import cn.liantu.domain.Park;
import cn.liantu.domain.SupplyRelation;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.EnterpriseCriteria;
import cn.liantu.persistence.query.EnterpriseQueries;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.SortKey;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.dataloader.DataLoader;
import org.neo4j.driver.Value;

/** Enterprises: look-ups, the filtered list, and their relations. */
@Singleton
public class EnterpriseFetchers implements SchemaWiring {

    static final Map<String, String> ORDER_FIELDS = Map.of("NAME", "name", "REVENUE", "revenue", "TAX", "tax",
            "EMPLOYEES", "employees", "FOUNDED_ON", "foundedOn");
    static final List<SortKey> DEFAULT_ORDER = List.of(new SortKey("revenue", true));

    private final Lists lists;
    private final Arguments arguments;

    public EnterpriseFetchers(Lists lists, Arguments arguments) {
        this.lists = lists;
        this.arguments = arguments;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("enterprise", env -> Fetch.load(env, Loaders.ENTERPRISE,
                        env.<String>getArgument("uscc").trim().toUpperCase()))
                .dataFetcher("enterpriseById", env -> Fetch.load(env, Loaders.ENTERPRISE, env.<String>getArgument("id")))
                .dataFetcher("enterprises", this::enterprises));
        wiring.type("Enterprise", type -> type
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION, enterprise(env).regionCode()))
                .dataFetcher("park", env -> Fetch.load(env, Loaders.PARK, enterprise(env).parkId()))
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.ENTERPRISE_SEGMENTS, enterprise(env).id()))
                .dataFetcher("products", env -> Fetch.loadList(env, Loaders.ENTERPRISE_PRODUCTS, enterprise(env).id()))
                .dataFetcher("suppliers", env -> supplies(env, Loaders.ENTERPRISE_SUPPLIERS))
                .dataFetcher("customers", env -> supplies(env, Loaders.ENTERPRISE_CUSTOMERS))
                .dataFetcher("chainLeaderships", env -> Fetch.loadList(env, Loaders.ENTERPRISE_LEADERSHIPS,
                        enterprise(env).id()))
                .dataFetcher("projects", env -> Fetch.loadList(env, Loaders.ENTERPRISE_PROJECTS, enterprise(env).id())));
        wiring.type("SupplyRelation", type -> type
                .dataFetcher("enterprise", env -> Fetch.load(env, Loaders.ENTERPRISE,
                        env.<SupplyRelation>getSource().counterpartId()))
                .dataFetcher("productRef", env -> Fetch.load(env, Loaders.PRODUCT,
                        env.<SupplyRelation>getSource().productId())));
        wiring.type("ChainLeader", type -> type
                .dataFetcher("enterprise", env -> Fetch.load(env, Loaders.ENTERPRISE,
                        env.<ChainLeader>getSource().enterpriseId()))
                .dataFetcher("chain", env -> Fetch.load(env, Loaders.CHAIN, env.<ChainLeader>getSource().chainId()))
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION,
                        env.<ChainLeader>getSource().regionCode())));
        wiring.type("EnterpriseConnection", ConnectionWiring::wire);
    }

    private Connection<Enterprise> enterprises(DataFetchingEnvironment env) {
        EnterpriseCriteria criteria = arguments.enterpriseCriteria(env.getArgument("filter"));
        List<SortKey> order = arguments.order(env.getArgument("orderBy"), ORDER_FIELDS, DEFAULT_ORDER);
        EnterpriseQueries.Inline inline = new EnterpriseQueries.Inline(Fetch.selected(env, "edges/node/segments"),
                Fetch.selected(env, "edges/node/park"));
        return lists.connection(env, arguments.page(env), page -> EnterpriseQueries.page(criteria, order, page, inline),
                EnterpriseQueries.count(criteria), inline.any() ? primingLoaders(env, inline) : Rows::enterprise);
    }

    /**
     * Maps a list row with inlined relations to its enterprise, and hands the relations to the
     * request's loaders, so the segments and park fields of the page cost no statement.
     */
    private static Function<Value, Enterprise> primingLoaders(DataFetchingEnvironment env,
                                                              EnterpriseQueries.Inline inline) {
        DataLoader<String, List<ChainSegment>> segments = env.getDataLoader(Loaders.ENTERPRISE_SEGMENTS);
        DataLoader<String, Park> parks = env.getDataLoader(Loaders.PARK);
        return item -> {
            Enterprise enterprise = Rows.enterprise(item.get("enterprise"));
            if (inline.segments()) {
                segments.prime(enterprise.id(), item.get("segments").asList(Rows::segment));
            }
            if (inline.park() && enterprise.parkId() != null) {
                item.get("park").asList(Rows::park).stream().findFirst()
                        .ifPresent(park -> parks.prime(enterprise.parkId(), park));
            }
            return enterprise;
        };
    }

    /** The enterprises under one parent (region, park or segment), batched across parents. */
    CompletableFuture<Connection<Enterprise>> nested(DataFetchingEnvironment env, EnterpriseQueries.Anchor anchor,
                                                      String parentKey, UnaryOperator<EnterpriseCriteria> fixParent) {
        EnterpriseCriteria criteria = fixParent.apply(arguments.enterpriseCriteria(env.getArgument("filter")));
        List<SortKey> order = arguments.order(env.getArgument("orderBy"), ORDER_FIELDS, DEFAULT_ORDER);
        PageRequest page = arguments.page(env);
        NestedLists.EnterpriseSpec spec = new NestedLists.EnterpriseSpec(anchor, criteria, order, page);
        NestedLists.Key<NestedLists.EnterpriseSpec> key = new NestedLists.Key<>(parentKey, spec);
        // The count is asked for now, so it shares a batch with the page and with the other
        // loaders of this level (a segment tree's children) instead of costing a level of its own.
        CompletableFuture<Integer> total = Fetch.selected(env, "totalCount")
                ? Fetch.<NestedLists.Key<NestedLists.EnterpriseSpec>, Integer>load(env, NestedLists.ENTERPRISE_COUNTS,
                        key).thenApply(count -> count == null ? 0 : count)
                : CompletableFuture.completedFuture(null);
        if (!Fetch.selected(env, "edges") && !Fetch.selected(env, "pageInfo")) {
            // Only totalCount: no page statement (a tree of segments with their counts).
            return CompletableFuture.completedFuture(new Connection<>(List.of(), page.offset(), false, () -> total));
        }
        CompletableFuture<List<Enterprise>> items = Fetch.loadList(env, NestedLists.ENTERPRISE_PAGES, key);
        return items.thenApply(fetched -> Connection.fromOverfetched(fetched, page.offset(), page.limit(),
                () -> total));
    }

    private CompletableFuture<List<SupplyRelation>> supplies(DataFetchingEnvironment env, String loader) {
        Map<String, Object> args = new HashMap<>();
        args.put("year", env.getArgument("year"));
        args.put("first", arguments.limit(env, "first", 50));
        return Fetch.loadList(env, loader, new BatchLoaders.KeyWithArguments(enterprise(env).id(), args));
    }

    private static Enterprise enterprise(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
