package cn.liantu.persistence;

import cn.liantu.analysis.KeyInput;
import cn.liantu.analysis.SegmentFacts;
import cn.liantu.analysis.SupplyTotals;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.GapReportQueries;
import cn.liantu.persistence.query.ScopeCriteria;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Loads what a chain-gap report is computed from; each method is one statement, except that the
 * figures every scope shares (the chain's structure, national counts) are reused for a while.
 */
@Singleton
public class GapReportRepository {

    /** The scope's operating enterprises in the chain, and the supply into them. */
    public record LocalSupplyFacts(int localEnterprises, SupplyTotals totals) {
    }

    private final Cypher cypher;

    public GapReportRepository(Cypher cypher) {
        this.cypher = cypher;
    }

    /**
     * How long the figures that do not depend on the scope (a chain's structure, national counts
     * per segment) are reused. They change only when data is imported: an import through this
     * server forgets them at once ({@link #forgetSharedFigures()}); one by another process (an
     * external Neo4j) shows after at most this long.
     */
    static final Duration SHARED_FIGURES_TTL = Duration.ofMinutes(5);
    private static final int MAX_SHARED_ENTRIES = 512;

    private record Timed<T>(T value, long expiresAtNanos) {
        boolean fresh() {
            return System.nanoTime() - expiresAtNanos < 0;
        }
    }

    private record NationalKey(String chainId, LocalDate asOf, String referenceCountry) {
    }

    private record National(int enterprises, double revenue) {
    }

    private final Map<String, Timed<Optional<ChainStructure>>> structures = new ConcurrentHashMap<>();
    private final Map<NationalKey, Timed<Map<String, National>>> nationals = new ConcurrentHashMap<>();

    public Optional<ChainStructure> structure(String chainId) {
        return shared(structures, chainId, () -> loadStructure(chainId));
    }

    private Optional<ChainStructure> loadStructure(String chainId) {
        List<ChainStructure> found = cypher.read(QueryCatalog.get("analysis/find_chain_structure"),
                Map.of("chainId", chainId), record -> new ChainStructure(Rows.chain(record.get("chain")),
                        record.get("segments").asList(Rows::segment),
                        record.get("flows").asList(f -> new SegmentFlow(f.get("fromId").asString(),
                                f.get("toId").asString()))));
        return found.stream().findFirst();
    }

    /** Forgets the reused figures: called after data was written. */
    public void forgetSharedFigures() {
        structures.clear();
        nationals.clear();
    }

    /**
     * Facts per segment, in the order of the chain's segments: the scope's from one statement
     * that follows the scope's enterprises, the national ones reused across scopes.
     */
    public List<SegmentFacts> segmentFacts(ChainStructure chain, ScopeCriteria scope, LocalDate asOf, int year) {
        String chainId = chain.chain().id();
        Map<String, National> national = shared(nationals, new NationalKey(chainId, asOf, scope.referenceCountry()),
                () -> loadNational(scope, chainId, asOf));
        BuiltQuery built = GapReportQueries.localSegmentFacts(scope, chainId, asOf, year);
        Map<String, long[]> counts = new HashMap<>();
        Map<String, Double> revenue = new HashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            String id = row.get("segmentId").asString();
            long[] c = counts.computeIfAbsent(id, k -> new long[5]);
            c[0] += row.get("localEnterprises").asLong();
            c[1] += row.get("linkedLocalEnterprises").asLong();
            c[2] += row.get("localPatents").asLong();
            c[3] += row.get("localTechEnterprises").asLong();
            c[4] += row.get("localRdInstitutions").asLong();
            revenue.merge(id, Amounts.orZero(row.get("localRevenue")), Double::sum);
        }
        return chain.segments().stream().map(segment -> {
            long[] c = counts.getOrDefault(segment.id(), new long[5]);
            National n = national.getOrDefault(segment.id(), new National(0, 0.0));
            return new SegmentFacts(segment.id(), segment.parentId(), segment.keyLink(), segment.weight(),
                    segment.leaf(), (int) c[0], n.enterprises(), revenue.getOrDefault(segment.id(), 0.0),
                    n.revenue(), (int) c[1], c[2], (int) c[3], (int) c[4]);
        }).toList();
    }

    private Map<String, National> loadNational(ScopeCriteria scope, String chainId, LocalDate asOf) {
        BuiltQuery built = GapReportQueries.nationalSegmentFacts(scope, chainId, asOf);
        Map<String, National> byId = new HashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            byId.put(row.get("segmentId").asString(), new National(row.get("nationalEnterprises").asInt(),
                    Amounts.orZero(row.get("nationalRevenue"))));
        }
        return Map.copyOf(byId);
    }

    private static <K, V> V shared(Map<K, Timed<V>> cache, K key, Supplier<V> load) {
        Timed<V> entry = cache.get(key);
        if (entry != null && entry.fresh()) {
            return entry.value();
        }
        V value = load.get();
        if (cache.size() >= MAX_SHARED_ENTRIES) {
            cache.clear();
        }
        cache.put(key, new Timed<>(value, System.nanoTime() + SHARED_FIGURES_TTL.toNanos()));
        return value;
    }

    public LocalSupplyFacts localSupply(ScopeCriteria scope, String chainId, LocalDate asOf, int year) {
        BuiltQuery built = GapReportQueries.supplyTotals(scope, chainId, asOf, year);
        return cypher.read(built.query(), built.parameters(), row -> new LocalSupplyFacts(
                row.get("localEnterprises").asInt(),
                new SupplyTotals(row.get("edges").asInt(0), row.get("localEdges").asInt(0),
                        row.get("valuedEdges").asInt(0), Amounts.orZero(row.get("value")),
                        Amounts.orZero(row.get("localValue"))))).getFirst();
    }

    public List<KeyInput> keyInputs(ScopeCriteria scope, String chainId, LocalDate asOf, int year) {
        BuiltQuery built = GapReportQueries.keyInputs(scope, chainId, asOf, year);
        return cypher.read(built.query(), built.parameters(), row -> new KeyInput(row.get("segmentId").asString(),
                row.get("localBuyerCount").asInt(), row.get("suppliers").asList(GapReportRepository::inputSupplier)));
    }

    private static KeyInput.InputSupplier inputSupplier(Value item) {
        return new KeyInput.InputSupplier(item.get("enterpriseId").asString(), item.get("inScope").asBoolean(),
                item.get("buyerCount").asInt(), Amounts.of(item.get("value")));
    }
}
