package cn.liantu.graphql;

import cn.liantu.domain.ProjectRole;
import cn.liantu.domain.ProjectSegment;
import cn.liantu.domain.SegmentFlow;
import cn.liantu.domain.SupplyRelation;
import cn.liantu.persistence.Cypher;
import cn.liantu.persistence.RegionDirectory;
import cn.liantu.persistence.Rows;
import jakarta.inject.Singleton;
import org.dataloader.DataLoaderRegistry;
import org.neo4j.driver.Value;

/**
 * The batch loaders of one request. A new registry per request: loaders cache what they load,
 * and a shared cache would serve one client's data to another and never see writes.
 */
@Singleton
public class Loaders {

    static final String REGION = "region";
    static final String REGION_CHILDREN = "regionChildren";
    static final String REGION_PARKS = "regionParks";
    static final String CHAIN = "chain";
    static final String CHAIN_SEGMENTS = "chainSegments";
    static final String CHAIN_FLOWS = "chainFlows";
    static final String CHAIN_LEADERS = "chainLeaders";
    static final String SEGMENT = "segment";
    static final String SEGMENT_CHILDREN = "segmentChildren";
    static final String SEGMENT_SUPPLIES_TO = "segmentSuppliesTo";
    static final String SEGMENT_SUPPLIED_BY = "segmentSuppliedBy";
    static final String SEGMENT_PRODUCTS = "segmentProducts";
    static final String SEGMENT_TECHNOLOGIES = "segmentTechnologies";
    static final String SEGMENT_RD_INSTITUTIONS = "segmentRdInstitutions";
    static final String PRODUCT = "product";
    static final String PRODUCT_SEGMENTS = "productSegments";
    static final String PRODUCT_MAKERS = "productMakers";
    static final String TECHNOLOGY_SEGMENTS = "technologySegments";
    static final String RD_INSTITUTION = "rdInstitution";
    static final String RD_INSTITUTION_SEGMENTS = "rdInstitutionSegments";
    static final String ENTERPRISE = "enterprise";
    static final String ENTERPRISE_SEGMENTS = "enterpriseSegments";
    static final String ENTERPRISE_PRODUCTS = "enterpriseProducts";
    static final String ENTERPRISE_SUPPLIERS = "enterpriseSuppliers";
    static final String ENTERPRISE_CUSTOMERS = "enterpriseCustomers";
    static final String ENTERPRISE_LEADERSHIPS = "enterpriseLeaderships";
    static final String ENTERPRISE_PROJECTS = "enterpriseProjects";
    static final String PARK = "park";
    static final String PARK_LEADING_CHAINS = "parkLeadingChains";
    static final String PROJECT = "project";
    static final String PROJECT_SEGMENTS = "projectSegments";
    static final String PROJECT_HISTORY = "projectHistory";

    private final Cypher cypher;
    private final RegionDirectory regions;
    private final NestedLists nestedLists;
    private final AnalysisLoaders analysisLoaders;

    public Loaders(Cypher cypher, RegionDirectory regions, NestedLists nestedLists, AnalysisLoaders analysisLoaders) {
        this.cypher = cypher;
        this.regions = regions;
        this.nestedLists = nestedLists;
        this.analysisLoaders = analysisLoaders;
    }

    public DataLoaderRegistry newRegistry() {
        DataLoaderRegistry registry = new DataLoaderRegistry();
        registry.register(REGION, BatchLoaders.lookup(regions::findAll));
        registry.register(REGION_CHILDREN, BatchLoaders.list(cypher, "region/find_children_of_regions", Rows::region));
        registry.register(REGION_PARKS, BatchLoaders.list(cypher, "region/find_parks_in_regions", Rows::park));
        registry.register(CHAIN, BatchLoaders.single(cypher, "chain/find_chains_by_ids", Rows::chain));
        registry.register(CHAIN_SEGMENTS, BatchLoaders.list(cypher, "chain/find_segments_of_chains", Rows::segment));
        registry.register(CHAIN_FLOWS, BatchLoaders.list(cypher, "chain/find_flows_of_chains", Loaders::flow));
        registry.register(CHAIN_LEADERS,
                BatchLoaders.listWithArguments(cypher, "chain/find_leaders_of_chains", Rows::chainLeader));
        registry.register(SEGMENT, BatchLoaders.single(cypher, "chain/find_segments_by_ids", Rows::segment));
        registry.register(SEGMENT_CHILDREN,
                BatchLoaders.list(cypher, "chain/find_children_of_segments", Rows::segment));
        registry.register(SEGMENT_SUPPLIES_TO,
                BatchLoaders.list(cypher, "chain/find_segments_supplied_by_segments", Rows::segment));
        registry.register(SEGMENT_SUPPLIED_BY,
                BatchLoaders.list(cypher, "chain/find_segments_supplying_segments", Rows::segment));
        registry.register(SEGMENT_PRODUCTS,
                BatchLoaders.list(cypher, "chain/find_products_of_segments", Rows::product));
        registry.register(SEGMENT_TECHNOLOGIES,
                BatchLoaders.list(cypher, "chain/find_technologies_of_segments", Rows::technology));
        registry.register(SEGMENT_RD_INSTITUTIONS,
                BatchLoaders.list(cypher, "chain/find_rd_institutions_of_segments", Rows::rdInstitution));
        registry.register(PRODUCT, BatchLoaders.single(cypher, "product/find_products_by_ids", Rows::product));
        registry.register(PRODUCT_SEGMENTS,
                BatchLoaders.list(cypher, "product/find_segments_of_products", Rows::segment));
        registry.register(PRODUCT_MAKERS,
                BatchLoaders.list(cypher, "product/find_makers_of_products", Rows::enterprise));
        registry.register(TECHNOLOGY_SEGMENTS,
                BatchLoaders.list(cypher, "product/find_segments_of_technologies", Rows::segment));
        registry.register(RD_INSTITUTION,
                BatchLoaders.single(cypher, "rd/find_rd_institutions_by_ids", Rows::rdInstitution));
        registry.register(RD_INSTITUTION_SEGMENTS,
                BatchLoaders.list(cypher, "rd/find_segments_of_rd_institutions", Rows::segment));
        registry.register(ENTERPRISE,
                BatchLoaders.single(cypher, "enterprise/find_enterprises_by_ids", Rows::enterprise));
        registry.register(ENTERPRISE_SEGMENTS,
                BatchLoaders.list(cypher, "enterprise/find_segments_of_enterprises", Rows::segment));
        registry.register(ENTERPRISE_PRODUCTS,
                BatchLoaders.list(cypher, "enterprise/find_products_of_enterprises", Rows::product));
        registry.register(ENTERPRISE_SUPPLIERS,
                BatchLoaders.listWithArguments(cypher, "enterprise/find_suppliers_of_enterprises", Loaders::supply));
        registry.register(ENTERPRISE_CUSTOMERS,
                BatchLoaders.listWithArguments(cypher, "enterprise/find_customers_of_enterprises", Loaders::supply));
        registry.register(ENTERPRISE_LEADERSHIPS,
                BatchLoaders.list(cypher, "enterprise/find_leaderships_of_enterprises", Rows::chainLeader));
        registry.register(ENTERPRISE_PROJECTS,
                BatchLoaders.list(cypher, "enterprise/find_projects_of_enterprises", Rows::project));
        registry.register(PARK, BatchLoaders.single(cypher, "park/find_parks_by_ids", Rows::park));
        registry.register(PARK_LEADING_CHAINS,
                BatchLoaders.list(cypher, "park/find_leading_chains_of_parks", Rows::chain));
        registry.register(PROJECT, BatchLoaders.single(cypher, "project/find_projects_by_ids", Rows::project));
        registry.register(PROJECT_SEGMENTS,
                BatchLoaders.list(cypher, "project/find_segments_of_projects", Loaders::projectSegment));
        registry.register(PROJECT_HISTORY,
                BatchLoaders.list(cypher, "project/find_history_of_projects", Loaders::projectChange));
        nestedLists.register(registry);
        analysisLoaders.register(registry);
        return registry;
    }

    private static SegmentFlow flow(Value item) {
        return new SegmentFlow(item.get("fromId").asString(), item.get("toId").asString());
    }

    private static SupplyRelation supply(Value item) {
        return new SupplyRelation(item.get("counterpartId").asString(),
                item.get("product").isNull() ? null : item.get("product").asString(),
                item.get("productId").isNull() ? null : item.get("productId").asString(),
                item.get("value").isNull() ? null : item.get("value").asDouble(), item.get("year").asInt());
    }

    /** One entry of a project's history, as the schema's ProjectChange shows it. */
    public record ProjectChange(String kind, String stage, java.time.LocalDate date, String note, String by, String at,
                                int version, java.util.List<String> changes) {
    }

    private static ProjectChange projectChange(Value item) {
        return new ProjectChange(item.get("kind").asString(), item.get("stage").asString(),
                item.get("date").isNull() ? null : item.get("date").asLocalDate(),
                item.get("note").isNull() ? null : item.get("note").asString(), item.get("by").asString(),
                item.get("at").asString(), item.get("version").asInt(), item.get("changes").asList(Value::asString));
    }

    private static ProjectSegment projectSegment(Value item) {
        return new ProjectSegment(item.get("segmentId").asString(), ProjectRole.valueOf(item.get("role").asString()));
    }
}
