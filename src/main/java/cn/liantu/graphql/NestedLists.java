package cn.liantu.graphql;

import cn.liantu.domain.Enterprise;
import cn.liantu.domain.Project;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.EnterpriseCriteria;
import cn.liantu.persistence.query.EnterpriseQueries;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.ProjectCriteria;
import cn.liantu.persistence.query.ProjectQueries;
import cn.liantu.persistence.query.SortKey;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;
import org.neo4j.driver.Record;

/**
 * Paginated lists under a parent (a region's, park's or segment's enterprises, a park's
 * projects) for every parent of a request in one statement per distinct set of arguments.
 */
@Singleton
public class NestedLists {

    static final String ENTERPRISE_PAGES = "nestedEnterprisePages";
    static final String ENTERPRISE_COUNTS = "nestedEnterpriseCounts";
    static final String PROJECT_PAGES = "nestedProjectPages";
    static final String PROJECT_COUNTS = "nestedProjectCounts";

    /** What one nested enterprise list asks for; the parent key is kept apart. */
    record EnterpriseSpec(EnterpriseQueries.Anchor anchor, EnterpriseCriteria criteria, List<SortKey> order,
                          PageRequest page) {
    }

    record ProjectSpec(ProjectCriteria criteria, List<SortKey> order, PageRequest page) {
    }

    record Key<S>(String parent, S spec) {
    }

    private final Cypher cypher;

    public NestedLists(Cypher cypher) {
        this.cypher = cypher;
    }

    void register(DataLoaderRegistry registry) {
        registry.register(ENTERPRISE_PAGES, loader((EnterpriseSpec spec, List<String> parents) ->
                        EnterpriseQueries.pagePerKey(spec.anchor(), spec.criteria(), spec.order(), overfetch(spec.page()),
                                parents), this::enterprises));
        registry.register(ENTERPRISE_COUNTS, loader((EnterpriseSpec spec, List<String> parents) ->
                EnterpriseQueries.countPerKey(spec.anchor(), spec.criteria(), parents), NestedLists::total));
        registry.register(PROJECT_PAGES, loader((ProjectSpec spec, List<String> parents) ->
                ProjectQueries.pagePerPark(spec.criteria(), spec.order(), overfetch(spec.page()), parents),
                this::projects));
        registry.register(PROJECT_COUNTS, loader((ProjectSpec spec, List<String> parents) ->
                ProjectQueries.countPerPark(spec.criteria(), parents), NestedLists::total));
    }

    interface QueryForParents<S> {
        BuiltQuery build(S spec, List<String> parents);
    }

    private <S, T> DataLoader<Key<S>, T> loader(QueryForParents<S> builder, Function<Record, T> mapper) {
        MappedBatchLoader<Key<S>, T> batch = keys -> CompletableFuture.completedFuture(load(keys, builder, mapper));
        return DataLoaderFactory.newMappedDataLoader(batch);
    }

    private <S, T> Map<Key<S>, T> load(Set<Key<S>> keys, QueryForParents<S> builder, Function<Record, T> mapper) {
        Map<S, List<String>> parentsBySpec = new LinkedHashMap<>();
        for (Key<S> key : keys) {
            parentsBySpec.computeIfAbsent(key.spec(), s -> new ArrayList<>()).add(key.parent());
        }
        Map<Key<S>, T> result = new HashMap<>();
        parentsBySpec.forEach((spec, parents) -> {
            BuiltQuery built = builder.build(spec, parents);
            for (Record record : cypher.read(built.query(), built.parameters())) {
                result.put(new Key<>(record.get("key").asString(), spec), mapper.apply(record));
            }
            for (String parent : parents) {
                result.putIfAbsent(new Key<>(parent, spec), null);
            }
        });
        return result;
    }

    private List<Enterprise> enterprises(Record record) {
        return record.get("items").asList(Rows::enterprise);
    }

    private List<Project> projects(Record record) {
        return record.get("items").asList(Rows::project);
    }

    private static Integer total(Record record) {
        return record.get("total").asInt();
    }

    private static PageRequest overfetch(PageRequest page) {
        return new PageRequest(page.offset(), page.limit() + 1);
    }
}
