package cn.liantu.persistence;

import cn.liantu.analysis.KeyInput;
import cn.liantu.analysis.SegmentFacts;
import cn.liantu.analysis.SupplyTotals;
import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.GapReportQueries;
import cn.liantu.persistence.query.ScopeCriteria;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/** Loads what a chain-gap report is computed from; each method is one statement. */
@Singleton
public class GapReportRepository {

    /** The scope's operating enterprises in the chain, and the supply into them. */
    public record LocalSupplyFacts(int localEnterprises, SupplyTotals totals) {
    }

    private final Cypher cypher;

    public GapReportRepository(Cypher cypher) {
        this.cypher = cypher;
    }

    public Optional<ChainStructure> structure(String chainId) {
        List<ChainStructure> found = cypher.read(QueryCatalog.get("analysis/find_chain_structure"),
                Map.of("chainId", chainId), record -> new ChainStructure(Rows.chain(record.get("chain")),
                        record.get("segments").asList(Rows::segment),
                        record.get("flows").asList(f -> new SegmentFlow(f.get("fromId").asString(),
                                f.get("toId").asString()))));
        return found.stream().findFirst();
    }

    /** Facts per segment, in the order of the chain's segments. */
    public List<SegmentFacts> segmentFacts(ChainStructure chain, ScopeCriteria scope, LocalDate asOf, int year) {
        BuiltQuery built = GapReportQueries.segmentFacts(scope, chain.chain().id(), asOf, year);
        Map<String, SegmentFacts> byId = new HashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            SegmentFacts facts = segmentFacts(row);
            byId.put(facts.segmentId(), facts);
        }
        return chain.segments().stream().map(ChainSegment::id).map(byId::get).toList();
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

    private static SegmentFacts segmentFacts(Record row) {
        return new SegmentFacts(row.get("segmentId").asString(), nullableString(row.get("parentId")),
                row.get("keyLink").asBoolean(), row.get("weight").isNull() ? null : row.get("weight").asDouble(),
                row.get("leaf").asBoolean(), row.get("localEnterprises").asInt(),
                row.get("nationalEnterprises").asInt(), Amounts.orZero(row.get("localRevenue")),
                Amounts.orZero(row.get("nationalRevenue")), row.get("linkedLocalEnterprises").asInt(),
                row.get("localPatents").asLong(), row.get("localTechEnterprises").asInt(),
                row.get("localRdInstitutions").asInt());
    }

    private static KeyInput.InputSupplier inputSupplier(Value item) {
        return new KeyInput.InputSupplier(item.get("enterpriseId").asString(), item.get("inScope").asBoolean(),
                item.get("buyerCount").asInt(), Amounts.of(item.get("value")));
    }

    private static String nullableString(Value value) {
        return value.isNull() ? null : value.asString();
    }
}
