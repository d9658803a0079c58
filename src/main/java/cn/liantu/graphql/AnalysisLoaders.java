package cn.liantu.graphql;

import cn.liantu.domain.Enterprise;
import cn.liantu.domain.Project;
import cn.liantu.domain.ProjectRole;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.Rows;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.PageRequest;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.SegmentListQueries;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderRegistry;
import org.dataloader.MappedBatchLoader;
import org.neo4j.driver.Record;

/**
 * The lists a gap report shows under every segment (local enterprises, serving projects), for
 * all segments of a request in one statement per distinct scope and arguments.
 */
@Singleton
public class AnalysisLoaders {

    static final String SEGMENT_ENTERPRISE_PAGES = "analysisSegmentEnterprisePages";
    static final String SEGMENT_ENTERPRISE_COUNTS = "analysisSegmentEnterpriseCounts";
    static final String SEGMENT_PROJECTS = "analysisSegmentProjects";

    /** The scope and date a report's segment lists are taken at; passed down as local context. */
    record SegmentContext(ScopeCriteria scope, LocalDate asOf) {
    }

    /** A project serving a segment, and how. */
    public record ServingProject(Project project, ProjectRole role) {
    }

    record EnterprisePage(SegmentContext context, PageRequest page) {
    }

    record Projects(ScopeCriteria scope, List<String> stages) {
    }

    record Key<S>(String segmentId, S spec) {
    }

    private final Cypher cypher;

    public AnalysisLoaders(Cypher cypher) {
        this.cypher = cypher;
    }

    void register(DataLoaderRegistry registry) {
        registry.register(SEGMENT_ENTERPRISE_PAGES, loader((EnterprisePage spec, List<String> segments) ->
                        SegmentListQueries.enterprisePages(spec.context().scope(), spec.context().asOf(),
                                new PageRequest(spec.page().offset(), spec.page().limit() + 1), segments),
                record -> record.get("items").asList(Rows::enterprise), List::<Enterprise>of));
        registry.register(SEGMENT_ENTERPRISE_COUNTS, loader((SegmentContext spec, List<String> segments) ->
                        SegmentListQueries.enterpriseCounts(spec.scope(), spec.asOf(), segments),
                record -> record.get("total").asInt(), () -> 0));
        registry.register(SEGMENT_PROJECTS, groupedLoader((Projects spec, List<String> segments) ->
                SegmentListQueries.servingProjects(spec.scope(), spec.stages(), segments),
                record -> new ServingProject(Rows.project(record.get("item").get("project")),
                        ProjectRole.valueOf(record.get("item").get("role").asString()))));
    }

    /** One row per segment: {@code key} and what {@code mapper} reads; {@code absent} for segments without a row. */
    private <S, T> DataLoader<Key<S>, T> loader(BiFunction<S, List<String>, BuiltQuery> builder,
                                                Function<Record, T> mapper, Supplier<T> absent) {
        MappedBatchLoader<Key<S>, T> batch = keys -> CompletableFuture.completedFuture(
                load(keys, builder, (rows, result) -> rows.forEach((segment, records) ->
                        result.put(segment, mapper.apply(records.getFirst()))), absent));
        return DataLoaderFactory.newMappedDataLoader(batch);
    }

    /** Many rows per segment, each one item of its list. */
    private <S, T> DataLoader<Key<S>, List<T>> groupedLoader(BiFunction<S, List<String>, BuiltQuery> builder,
                                                            Function<Record, T> mapper) {
        MappedBatchLoader<Key<S>, List<T>> batch = keys -> CompletableFuture.completedFuture(
                load(keys, builder, (rows, result) -> rows.forEach((segment, records) ->
                        result.put(segment, records.stream().map(mapper).toList())), List::of));
        return DataLoaderFactory.newMappedDataLoader(batch);
    }

    private <S, T> Map<Key<S>, T> load(Set<Key<S>> keys, BiFunction<S, List<String>, BuiltQuery> builder,
                                       BiConsumer<Map<String, List<Record>>, Map<String, T>> reader,
                                       Supplier<T> absent) {
        Map<S, List<String>> segmentsBySpec = new LinkedHashMap<>();
        keys.forEach(key -> segmentsBySpec.computeIfAbsent(key.spec(), s -> new ArrayList<>()).add(key.segmentId()));
        Map<Key<S>, T> result = new HashMap<>();
        segmentsBySpec.forEach((spec, segments) -> {
            BuiltQuery built = builder.apply(spec, segments);
            Map<String, List<Record>> rows = new LinkedHashMap<>();
            for (Record record : cypher.read(built.query(), built.parameters())) {
                rows.computeIfAbsent(record.get("key").asString(), k -> new ArrayList<>()).add(record);
            }
            Map<String, T> bySegment = new HashMap<>();
            reader.accept(rows, bySegment);
            for (String segment : segments) {
                result.put(new Key<>(segment, spec), bySegment.containsKey(segment) ? bySegment.get(segment)
                        : absent.get());
            }
        });
        return result;
    }
}
