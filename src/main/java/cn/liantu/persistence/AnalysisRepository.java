package cn.liantu.persistence;

import cn.liantu.analysis.InputNeed;
import cn.liantu.analysis.LocalSupplier;
import cn.liantu.analysis.NodeFacts;
import cn.liantu.analysis.SupplyDirection;
import cn.liantu.analysis.SupplyLink;
import cn.liantu.domain.Enterprise;
import cn.liantu.persistence.query.BuiltQuery;
import cn.liantu.persistence.query.MatchQueries;
import cn.liantu.persistence.query.ScopeCriteria;
import cn.liantu.persistence.query.SupplyNetworkQueries;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

/**
 * Loads the evidence of the enterprise-level analyses: outside purchases and local suppliers,
 * and supply networks. Each method is one statement.
 */
@Singleton
public class AnalysisRepository {

    /** The links of a supply walk and what is known about every enterprise at their far end. */
    public record SupplyNetwork(List<SupplyLink> links, Map<String, NodeFacts> facts) {
    }

    private final Cypher cypher;

    public AnalysisRepository(Cypher cypher) {
        this.cypher = cypher;
    }

    public Optional<Enterprise> enterprise(String id) {
        List<Enterprise> found = cypher.readGrouped(QueryCatalog.get("enterprise/find_enterprises_by_ids"),
                List.of(id), Map.of(), Rows::enterprise).getOrDefault(id, List.of());
        return found.stream().findFirst();
    }

    /** @param productSegments the chain's placed products (see {@link GapReportRepository#productSegments}) */
    public List<InputNeed> outsidePurchases(ScopeCriteria scope, String chainId, LocalDate asOf, int year,
                                            Map<String, List<String>> productSegments) {
        BuiltQuery built = MatchQueries.needs(scope, chainId, asOf, year, productSegments);
        return cypher.read(built.query(), built.parameters(), row -> new InputNeed(row.get("buyerId").asString(),
                row.get("buyerName").asString(), row.get("segmentId").asString(), row.get("segmentName").asString(),
                row.get("outsideSuppliers").asInt(), row.get("outsideEdges").asInt(), Amounts.of(row.get("outsideValue")),
                row.get("products").asList(Value::asString), row.get("currentLocalSupplierIds").asList(Value::asString)));
    }

    /** Local enterprises per segment, biggest first. */
    public Map<String, List<LocalSupplier>> localSuppliers(ScopeCriteria scope, LocalDate asOf, List<String> segmentIds,
                                                           int perSegment) {
        Map<String, List<LocalSupplier>> bySegment = new LinkedHashMap<>();
        if (segmentIds.isEmpty()) {
            return bySegment;
        }
        BuiltQuery built = MatchQueries.localSuppliers(scope, asOf, segmentIds, perSegment);
        for (Record row : cypher.read(built.query(), built.parameters())) {
            LocalSupplier supplier = new LocalSupplier(row.get("enterpriseId").asString(), row.get("name").asString(),
                    row.get("segmentId").asString(), nullableDouble(row.get("revenue")));
            bySegment.computeIfAbsent(supplier.segmentId(), k -> new ArrayList<>()).add(supplier);
        }
        return bySegment;
    }

    public SupplyNetwork supplyNetwork(String enterpriseId, SupplyDirection direction, int maxTiers, Integer year,
                                       ScopeCriteria scope, String segmentId) {
        BuiltQuery built = SupplyNetworkQueries.links(enterpriseId, direction, maxTiers, year, scope, segmentId);
        List<SupplyLink> links = new ArrayList<>();
        Map<String, NodeFacts> facts = new LinkedHashMap<>();
        for (Record row : cypher.read(built.query(), built.parameters())) {
            String near = row.get("nearId").asString();
            String far = row.get("farId").asString();
            Double value = Amounts.of(row.get("value"));
            List<String> products = row.get("products").asList(Value::asString);
            links.add(direction == SupplyDirection.UPSTREAM ? new SupplyLink(far, near, value, products)
                    : new SupplyLink(near, far, value, products));
            facts.put(far, new NodeFacts(far, row.get("inScope").asBoolean(), row.get("inSegment").asBoolean(),
                    nullableDouble(row.get("revenue"))));
        }
        return new SupplyNetwork(List.copyOf(links), facts);
    }

    private static Double nullableDouble(Value value) {
        return value.isNull() ? null : value.asDouble();
    }
}
