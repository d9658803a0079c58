package cn.liantu.persistence;

import cn.liantu.analysis.ChainHierarchy;
import cn.liantu.analysis.LocalChainFacts;
import cn.liantu.analysis.ScopeEnterprise;
import cn.liantu.analysis.SegmentFacts;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.ChainProducts;
import cn.liantu.persistence.query.GapReportQueries;
import cn.liantu.persistence.query.ScopeCriteria;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Loads what a chain-gap report is computed from; each method is one statement, except that the
 * figures every scope shares (the chain's structure and placements, national counts) are reused
 * for a while ({@link SharedFigures}).
 */
@Singleton
public class GapReportRepository {

    /**
     * What a chain's supply edges and enterprises count towards (see {@code find_chain_placements}):
     * the products, as the statement takes them; the segment tree.
     */
    private record ChainPlacements(ChainProducts products, ChainHierarchy hierarchy) {
    }

    private record NationalKey(String chainId, LocalDate asOf, String referenceCountry) {
    }

    private record National(int enterprises, double revenue) {
    }

    private static final int MAX_SHARED_ENTRIES = 512;

    private final Cypher cypher;
    private final SharedFigures.Cache<String, Optional<ChainStructure>> structures;
    private final SharedFigures.Cache<NationalKey, Map<String, National>> nationals;
    private final SharedFigures.Cache<String, ChainPlacements> placements;

    public GapReportRepository(Cypher cypher, SharedFigures shared) {
        this.cypher = cypher;
        this.structures = shared.cache(MAX_SHARED_ENTRIES);
        this.nationals = shared.cache(MAX_SHARED_ENTRIES);
        this.placements = shared.cache(MAX_SHARED_ENTRIES);
    }

    public Optional<ChainStructure> structure(String chainId) {
        return structures.get(chainId, () -> loadStructure(chainId));
    }

    private Optional<ChainStructure> loadStructure(String chainId) {
        List<ChainStructure> found = cypher.read(QueryCatalog.get("analysis/find_chain_structure"),
                Map.of("chainId", chainId), record -> new ChainStructure(Rows.chain(record.get("chain")),
                        record.get("segments").asList(Rows::segment),
                        record.get("flows").asList(f -> new SegmentFlow(f.get("fromId").asString(),
                                f.get("toId").asString()))));
        return found.stream().findFirst();
    }

    /**
     * Facts per segment, in the order of the chain's segments: the scope's from {@code local}, the
     * national ones reused across scopes.
     */
    public List<SegmentFacts> segmentFacts(ChainStructure chain, ScopeCriteria scope, LocalDate asOf,
                                           LocalChainFacts local) {
        String chainId = chain.chain().id();
        Map<String, National> national = nationals.get(new NationalKey(chainId, asOf, scope.referenceCountry()),
                () -> loadNational(scope, chainId, asOf));
        return chain.segments().stream().map(segment -> {
            LocalChainFacts.SegmentCounts c = local.segment(segment.id());
            National n = national.getOrDefault(segment.id(), new National(0, 0.0));
            return new SegmentFacts(segment.id(), segment.parentId(), segment.keyLink(), segment.weight(),
                    segment.leaf(), c.enterprises(), n.enterprises(), c.revenue(), n.revenue(), c.linkedEnterprises(),
                    c.patents(), c.techEnterprises(), c.rdInstitutions());
        }).toList();
    }

    /**
     * The scope's figures of the chain, from one statement that follows the scope's enterprises;
     * what products and segments count towards is reused across scopes.
     */
    public LocalChainFacts localFacts(String chainId, ScopeCriteria scope, LocalDate asOf, int year) {
        ChainPlacements placements = placements(chainId);
        BuiltQuery built = GapReportQueries.localChainFacts(scope, chainId, asOf, year, placements.products());
        Record row = cypher.read(built.query(), built.parameters()).getFirst();
        Map<String, Integer> rdInstitutions = new HashMap<>();
        row.get("rdInstitutions").asList(Function.identity()).forEach(item ->
                rdInstitutions.put(item.get("segmentId").asString(), item.get("institutions").asInt()));
        List<ScopeEnterprise> enterprises = row.get("enterprises").asList(GapReportRepository::scopeEnterprise);
        return LocalChainFacts.of(enterprises, rdInstitutions, placements.hierarchy());
    }

    /**
     * For every product placed in any segment, the ids of its segments in the chain: what the
     * statements following supply edges into a chain take as {@code $productSegments}.
     */
    public Map<String, List<String>> productSegments(String chainId) {
        return placements(chainId).products().segmentsByProduct();
    }

    /** The chain's products as the gap-report statement takes them (see {@link ChainProducts}). */
    public ChainProducts chainProducts(String chainId) {
        return placements(chainId).products();
    }

    private ChainPlacements placements(String chainId) {
        return placements.get(chainId, () -> loadPlacements(chainId));
    }

    private static ScopeEnterprise scopeEnterprise(Value item) {
        return new ScopeEnterprise(item.get("id").asString(), item.get("inReference").asBoolean(),
                item.get("revenue").asDouble(), item.get("patents").asLong(), item.get("tech").asBoolean(),
                Set.copyOf(item.get("segmentIds").asList(Value::asString)),
                Set.copyOf(item.get("linkedSegmentIds").asList(Value::asString)),
                item.get("purchases").asList(p -> new ScopeEnterprise.Purchase(p.get("supplierId").asString(),
                        p.get("supplierInScope").asBoolean(), p.get("value").isNull() ? null : p.get("value").asDouble(),
                        Set.copyOf(p.get("segmentIds").asList(Value::asString)))));
    }

    private ChainPlacements loadPlacements(String chainId) {
        Record row = cypher.read(QueryCatalog.get("analysis/find_chain_placements"), Map.of("chainId", chainId))
                .getFirst();
        Map<String, List<String>> productSegments = new HashMap<>();
        row.get("products").asList(Function.identity()).forEach(item -> productSegments.put(
                item.get("productId").asString(), item.get("segmentIds").asList(Value::asString)));
        Map<String, Set<String>> atOrAbove = new HashMap<>();
        Set<String> keyLinks = new HashSet<>();
        row.get("segments").asList(Function.identity()).forEach(item -> {
            Set<String> ids = new HashSet<>();
            item.get("atOrAbove").asList(Function.identity()).forEach(a -> {
                ids.add(a.get("id").asString());
                if (a.get("keyLink").asBoolean(false)) {
                    keyLinks.add(a.get("id").asString());
                }
            });
            atOrAbove.put(item.get("segmentId").asString(), ids);
        });
        ChainProducts products = ChainProducts.of(productSegments,
                row.get("unplacedProductIds").asList(Value::asString));
        return new ChainPlacements(products, new ChainHierarchy(atOrAbove, keyLinks));
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
}
