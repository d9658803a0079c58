package cn.liantu.graphql;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.Product;
import cn.liantu.domain.RdInstitution;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.Technology;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.EnterpriseQueries;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** Industry chains, their segment trees, products, technologies and R&D institutions. */
@Singleton
public class ChainFetchers implements SchemaWiring {

    private final Lists lists;
    private final Arguments arguments;
    private final EnterpriseFetchers enterprises;

    public ChainFetchers(Lists lists, Arguments arguments, EnterpriseFetchers enterprises) {
        this.lists = lists;
        this.arguments = arguments;
        this.enterprises = enterprises;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("chain", env -> Fetch.load(env, Loaders.CHAIN, env.<String>getArgument("id")))
                .dataFetcher("chains", env -> {
                    Map<String, Object> filter = env.getArgument("filter");
                    Map<String, Object> parameters = new HashMap<>();
                    parameters.put("category", filter == null ? null : filter.get("category"));
                    parameters.put("nameContains", filter == null ? null : filter.get("nameContains"));
                    return lists.connection(env, arguments.page(env), "chain/list_chains", "chain/count_chains",
                            parameters, Rows::chain);
                })
                .dataFetcher("segment", env -> Fetch.load(env, Loaders.SEGMENT, env.<String>getArgument("id")))
                .dataFetcher("products", env -> {
                    Map<String, Object> filter = env.getArgument("filter");
                    Map<String, Object> parameters = new HashMap<>();
                    parameters.put("segmentId", filter == null ? null : filter.get("segmentId"));
                    parameters.put("nameContains", filter == null ? null : filter.get("nameContains"));
                    return lists.connection(env, arguments.page(env), "product/list_products",
                            "product/count_products", parameters, Rows::product);
                })
                .dataFetcher("rdInstitution", env -> Fetch.load(env, Loaders.RD_INSTITUTION,
                        env.<String>getArgument("id"))));
        wiring.type("IndustryChain", type -> type
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.CHAIN_SEGMENTS, chain(env).id()))
                .dataFetcher("rootSegments", env -> Fetch.<String, ChainSegment>loadList(env, Loaders.CHAIN_SEGMENTS,
                        chain(env).id()).thenApply(all -> all.stream().filter(s -> s.parentId() == null).toList()))
                .dataFetcher("flows", env -> Fetch.loadList(env, Loaders.CHAIN_FLOWS, chain(env).id()))
                .dataFetcher("leaders", env -> {
                    String regionCode = env.getArgument("regionCode");
                    if (regionCode != null) {
                        arguments.region(regionCode);
                    }
                    Map<String, Object> args = new HashMap<>();
                    args.put("regionCode", regionCode);
                    return Fetch.loadList(env, Loaders.CHAIN_LEADERS,
                            new BatchLoaders.KeyWithArguments(chain(env).id(), args));
                }));
        wiring.type("SegmentFlow", type -> type
                .dataFetcher("from", env -> Fetch.load(env, Loaders.SEGMENT, env.<SegmentFlow>getSource().fromId()))
                .dataFetcher("to", env -> Fetch.load(env, Loaders.SEGMENT, env.<SegmentFlow>getSource().toId())));
        wiring.type("ChainSegment", type -> type
                .dataFetcher("chain", env -> Fetch.load(env, Loaders.CHAIN, segment(env).chainId()))
                .dataFetcher("parent", env -> Fetch.load(env, Loaders.SEGMENT, segment(env).parentId()))
                .dataFetcher("children", env -> segmentList(env, Loaders.SEGMENT_CHILDREN))
                .dataFetcher("suppliesTo", env -> segmentList(env, Loaders.SEGMENT_SUPPLIES_TO))
                .dataFetcher("suppliedBy", env -> segmentList(env, Loaders.SEGMENT_SUPPLIED_BY))
                .dataFetcher("products", env -> segmentList(env, Loaders.SEGMENT_PRODUCTS))
                .dataFetcher("technologies", env -> segmentList(env, Loaders.SEGMENT_TECHNOLOGIES))
                .dataFetcher("rdInstitutions", env -> segmentList(env, Loaders.SEGMENT_RD_INSTITUTIONS))
                .dataFetcher("enterprises", env -> enterprises.nested(env, EnterpriseQueries.Anchor.SEGMENT,
                        segment(env).id(), criteria -> criteria.withSegment(null))));
        wiring.type("Product", type -> type
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.PRODUCT_SEGMENTS,
                        env.<Product>getSource().id()))
                .dataFetcher("makers", env -> Fetch.loadList(env, Loaders.PRODUCT_MAKERS,
                        env.<Product>getSource().id())));
        wiring.type("Technology", type -> type
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.TECHNOLOGY_SEGMENTS,
                        env.<Technology>getSource().id())));
        wiring.type("RdInstitution", type -> type
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION, env.<RdInstitution>getSource().regionCode()))
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.RD_INSTITUTION_SEGMENTS,
                        env.<RdInstitution>getSource().id())));
        wiring.type("IndustryChainConnection", ConnectionWiring::wire);
        wiring.type("ProductConnection", ConnectionWiring::wire);
    }

    private static <T> CompletableFuture<List<T>> segmentList(DataFetchingEnvironment env, String loader) {
        return Fetch.loadList(env, loader, segment(env).id());
    }

    private static IndustryChain chain(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static ChainSegment segment(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
