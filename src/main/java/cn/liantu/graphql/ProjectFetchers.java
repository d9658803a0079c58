package cn.liantu.graphql;

import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.ProjectStage;
import cn.liantu.service.ProjectService;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.ProjectCriteria;
import cn.liantu.persistence.query.ProjectQueries;
import cn.liantu.persistence.query.SortKey;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/** Investment projects: look-up, the filtered list, and their relations. */
@Singleton
public class ProjectFetchers implements SchemaWiring {

    static final Map<String, String> ORDER_FIELDS = Map.of("NAME", "name", "AMOUNT", "amount",
            "SIGNED_ON", "signedOn", "STAGE_DATE", "stageDate");
    static final List<SortKey> DEFAULT_ORDER = List.of(new SortKey("id", false));

    private final Lists lists;
    private final Arguments arguments;
    private final ProjectService projects;

    public ProjectFetchers(Lists lists, Arguments arguments, ProjectService projects) {
        this.lists = lists;
        this.arguments = arguments;
        this.projects = projects;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type
                .dataFetcher("project", env -> Fetch.load(env, Loaders.PROJECT, env.<String>getArgument("id")))
                .dataFetcher("projects", env -> {
                    ProjectCriteria criteria = arguments.projectCriteria(env.getArgument("filter"));
                    List<SortKey> order = arguments.order(env.getArgument("orderBy"), ORDER_FIELDS, DEFAULT_ORDER);
                    return lists.connection(env, arguments.page(env),
                            page -> ProjectQueries.page(criteria, order, page), ProjectQueries.count(criteria),
                            Rows::project);
                }));
        wiring.type("Project", type -> type
                .dataFetcher("investor", env -> Fetch.load(env, Loaders.ENTERPRISE, project(env).investorId()))
                .dataFetcher("park", env -> Fetch.load(env, Loaders.PARK, project(env).parkId()))
                .dataFetcher("region", env -> Fetch.load(env, Loaders.REGION, project(env).regionCode()))
                .dataFetcher("chain", env -> Fetch.load(env, Loaders.CHAIN, project(env).chainId()))
                .dataFetcher("segments", env -> Fetch.loadList(env, Loaders.PROJECT_SEGMENTS, project(env).id()))
                .dataFetcher("history", env -> Fetch.loadList(env, Loaders.PROJECT_HISTORY, project(env).id())));
        wiring.type("Mutation", type -> type
                .dataFetcher("createProject", env -> projects.create(env.getArgument("input"), Callers.of(env),
                        RequestIds.of(env)))
                .dataFetcher("updateProject", env -> projects.update(env.getArgument("id"),
                        env.<Integer>getArgument("version"), env.getArgument("input"), Callers.of(env), RequestIds.of(env)))
                .dataFetcher("advanceProjectStage", env -> projects.advance(env.getArgument("id"),
                        env.<Integer>getArgument("version"), ProjectStage.valueOf(env.getArgument("stage")),
                        env.getArgument("date"), env.getArgument("note"), Callers.of(env), RequestIds.of(env)))
                .dataFetcher("terminateProject", env -> projects.terminate(env.getArgument("id"),
                        env.<Integer>getArgument("version"), env.getArgument("date"), env.getArgument("reason"),
                        Callers.of(env), RequestIds.of(env))));
        wiring.type("ProjectSegment", type -> type
                .dataFetcher("segment", env -> Fetch.load(env, Loaders.SEGMENT,
                        env.<ProjectSegment>getSource().segmentId())));
        wiring.type("ProjectConnection", ConnectionWiring::wire);
    }

    private static Project project(DataFetchingEnvironment env) {
        return env.getSource();
    }
}
