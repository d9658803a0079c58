package cn.liantu.importer.generator;

import cn.liantu.domain.ChainSegment;
import cn.liantu.domain.IndustryChain;
import cn.liantu.domain.Product;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.ProjectStage;
import cn.liantu.domain.Ranking;
import cn.liantu.domain.Region;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.Technology;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The generator's plans as records of the import format (docs/import-format.md), fields in the
 * documented order; optional fields without a value are left out.
 */
final class ImportRecords {

    private ImportRecords() {
    }

    static Map<String, Object> region(Region region) {
        return new Row().put("code", region.code()).put("name", region.name()).put("level", region.level())
                .putNullable("parentCode", region.parentCode()).map();
    }

    static Map<String, Object> chain(IndustryChain chain) {
        return new Row().put("id", chain.id()).put("name", chain.name()).put("category", chain.category())
                .put("description", chain.description()).map();
    }

    static Map<String, Object> segment(ChainSegment segment) {
        return new Row().put("id", segment.id()).put("chainId", segment.chainId())
                .putNullable("parentId", segment.parentId()).put("name", segment.name())
                .put("position", segment.position()).put("level", segment.level()).put("keyLink", segment.keyLink())
                .put("keyLinkType", segment.keyLinkType()).put("weight", segment.weight()).map();
    }

    static Map<String, Object> flow(SegmentFlow flow) {
        return new Row().put("from", flow.fromId()).put("to", flow.toId()).map();
    }

    static Map<String, Object> product(Product product, String segmentId) {
        return new Row().put("id", product.id()).put("name", product.name())
                .put("segmentIds", List.of(segmentId)).map();
    }

    static Map<String, Object> technology(Technology technology, String segmentId) {
        return new Row().put("id", technology.id()).put("name", technology.name())
                .put("segmentIds", List.of(segmentId)).map();
    }

    static Map<String, Object> park(ParkPlan park, ChainCatalog catalog) {
        List<IndustryChain> leading = park.leadingChains().stream().map(catalog.chains()::get).toList();
        return new Row().put("id", park.id()).put("name", park.name()).put("level", park.level())
                .put("type", park.type()).put("regionCode", park.countyCode())
                .put("areaMu", Draws.oneDecimal(park.areaMu())).put("targetTaxPerMu", park.targetTaxPerMu())
                .put("approvedOn", park.approvedOn())
                .put("leadingChainIds", leading.stream().map(IndustryChain::id).toList())
                .put("leadingIndustries", String.join("、", leading.stream().map(IndustryChain::name).toList())).map();
    }

    static Map<String, Object> enterprise(FirmProfile firm, String stockCode, List<Ranking> rankings,
                                          ChainCatalog catalog) {
        List<String> segmentIds = new ArrayList<>();
        segmentIds.add(catalog.leaf(firm.leaf()).segment().id());
        if (firm.secondLeaf() >= 0) {
            segmentIds.add(catalog.leaf(firm.secondLeaf()).segment().id());
        }
        List<String> productIds = Stream.concat(firm.mainProducts().stream(), firm.otherProducts().stream())
                .map(Product::id).toList();
        return new Row().put("uscc", firm.uscc()).put("stockCode", stockCode).put("name", firm.name())
                .put("ownership", firm.ownership()).put("revenue", Draws.oneDecimal(firm.revenue()))
                .put("tax", Draws.oneDecimal(firm.tax())).put("employees", firm.employees())
                .put("landAreaMu", Draws.oneDecimal(firm.landAreaMu())).put("foundedOn", firm.foundedOn())
                .put("closedOn", firm.closedOn()).put("regionCode", firm.countyCode())
                .put("parkId", firm.park() == null ? null : firm.park().id()).put("tags", firm.tags())
                .put("rankings", rankings.stream().map(ImportRecords::ranking).toList())
                .put("segmentIds", segmentIds).put("productIds", productIds).put("patents", firm.patents()).map();
    }

    private static Map<String, Object> ranking(Ranking ranking) {
        return new Row().put("list", ranking.list()).put("year", ranking.year()).put("rank", ranking.rank()).map();
    }

    static Map<String, Object> supply(SupplyEdge edge) {
        return new Row().put("supplier", edge.supplier().uscc()).put("customer", edge.customer().uscc())
                .put("productId", edge.product().id()).put("product", edge.product().name())
                .put("value", Draws.oneDecimal(edge.value())).put("year", edge.year()).map();
    }

    static Map<String, Object> chainLeader(ChainLeaderPlan leader) {
        return new Row().put("enterprise", leader.firm().uscc()).put("chainId", leader.chainId())
                .put("regionCode", leader.regionCode()).put("since", leader.since()).map();
    }

    static Map<String, Object> rdInstitution(RdInstitutionPlan institution) {
        return new Row().put("id", institution.id()).put("name", institution.name()).put("type", institution.type())
                .put("regionCode", institution.countyCode()).put("segmentIds", institution.segmentIds()).map();
    }

    static Map<String, Object> project(ProjectPlan project) {
        Map<String, Object> stageDates = new LinkedHashMap<>();
        for (Map.Entry<ProjectStage, LocalDate> entry : project.stageDates().entrySet()) {
            stageDates.put(entry.getKey().name(), entry.getValue().toString());
        }
        List<Map<String, Object>> segments = new ArrayList<>();
        for (ProjectSegment segment : project.segments()) {
            segments.add(new Row().put("segmentId", segment.segmentId()).put("role", segment.role()).map());
        }
        return new Row().put("id", project.id()).put("name", project.name()).put("investor", project.investor().uscc())
                .put("parkId", project.park().id()).put("regionCode", project.park().countyCode())
                .put("chainId", project.chainId()).put("segments", segments)
                .put("amount", Draws.oneDecimal(project.amount()))
                .put("fundsInPlace", Draws.oneDecimal(project.fundsInPlace())).put("stage", project.stage())
                .put("stageDates", stageDates).put("responsible", project.responsible())
                .put("keyLevel", project.keyLevel()).put("terminationReason", project.terminationReason()).map();
    }

    /** A record under construction: enums by name, dates as ISO text, null values left out. */
    private static final class Row {
        private final Map<String, Object> fields = new LinkedHashMap<>();

        Row put(String name, Object value) {
            if (value instanceof Enum<?> constant) {
                fields.put(name, constant.name());
            } else if (value instanceof LocalDate date) {
                fields.put(name, date.toString());
            } else if (value instanceof List<?> list && !list.isEmpty() && list.getFirst() instanceof Enum<?>) {
                fields.put(name, list.stream().map(item -> ((Enum<?>) item).name()).toList());
            } else if (value != null) {
                fields.put(name, value);
            }
            return this;
        }

        /** Kept even when null: the format gives null a meaning here (a root, a country). */
        Row putNullable(String name, Object value) {
            fields.put(name, value);
            return this;
        }

        Map<String, Object> map() {
            return fields;
        }
    }
}
