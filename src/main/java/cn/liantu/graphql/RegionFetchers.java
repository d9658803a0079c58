package cn.liantu.graphql;

import cn.liantu.domain.Region;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.EnterpriseQueries;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;

/** Regions: look-up, list, hierarchy, and what is located in them. */
@Singleton
public class RegionFetchers implements SchemaWiring {

    private final Lists lists;
    private final Arguments arguments;
    private final EnterpriseFetchers enterprises;

    public RegionFetchers(Lists lists, Arguments arguments, EnterpriseFetchers enterprises) {
        this.lists = lists;
        this.arguments = arguments;
        this.enterprises = enterprises;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION, env.<String>getArgument("code")))
                .dataFetcher("regions", env -> {
                    Map<String, Object> filter = env.getArgument("filter");
                    Map<String, Object> parameters = new HashMap<>();
                    parameters.put("level", filter == null ? null : filter.get("level"));
                    parameters.put("parentCode", filter == null ? null : filter.get("parentCode"));
                    parameters.put("nameContains", filter == null ? null : filter.get("nameContains"));
                    return lists.connection(env, arguments.page(env), "region/list_regions", "region/count_regions",
                            parameters, Rows::region);
                }));
        wiring.type("Region", type -> type
                .dataFetcher("parent", env -> Fetch.load(env, Loaders.REGION, env.<Region>getSource().parentCode()))
                .dataFetcher("children", env -> Fetch.loadList(env, Loaders.REGION_CHILDREN,
                        env.<Region>getSource().code()))
                .dataFetcher("parks", env -> Fetch.loadList(env, Loaders.REGION_PARKS, env.<Region>getSource().code()))
                .dataFetcher("enterprises", env -> {
                    Region region = env.getSource();
                    return enterprises.nested(env, EnterpriseQueries.Anchor.REGION, region.code(),
                            criteria -> criteria.withRegion(null, region.level()));
                }));
        wiring.type("RegionConnection", ConnectionWiring::wire);
    }
}
