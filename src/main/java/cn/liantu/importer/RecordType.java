package cn.liantu.importer;

import java.util.Arrays;
import java.util.Optional;

/** The record types of the import format, in the order they are imported (docs/import-format.md). */
public enum RecordType {
    REGIONS("regions.jsonl", "import/upsert_regions"),
    INDUSTRY_CLASSES("industry_classes.jsonl", "import/upsert_industry_classes"),
    INDUSTRIES("industries.jsonl", "import/upsert_industries"),
    INDUSTRY_LINKS("industry_links.jsonl", "import/upsert_industry_links"),
    CHAINS("chains.jsonl", "import/upsert_chains"),
    SEGMENTS("segments.jsonl", "import/upsert_segments"),
    SEGMENT_FLOWS("segment_flows.jsonl", "import/upsert_segment_flows"),
    PRODUCTS("products.jsonl", "import/upsert_products"),
    PRODUCT_LINKS("product_links.jsonl", "import/upsert_product_links"),
    TECHNOLOGIES("technologies.jsonl", "import/upsert_technologies"),
    SEGMENT_COVERAGE("segment_coverage.jsonl", "import/upsert_segment_coverage"),
    PARKS("parks.jsonl", "import/upsert_parks"),
    ENTERPRISES("enterprises.jsonl", "import/upsert_enterprises"),
    ENTERPRISE_INDUSTRIES("enterprise_industries.jsonl", "import/upsert_enterprise_industries"),
    ENTERPRISE_PRODUCTS("enterprise_products.jsonl", "import/upsert_enterprise_products"),
    SUPPLIES("supplies.jsonl", "import/upsert_supplies"),
    CHAIN_LEADERS("chain_leaders.jsonl", "import/upsert_chain_leaders"),
    RD_INSTITUTIONS("rd_institutions.jsonl", "import/upsert_rd_institutions"),
    PROJECTS("projects.jsonl", "import/upsert_projects");

    private final String fileName;
    private final String upsertQuery;

    RecordType(String fileName, String upsertQuery) {
        this.fileName = fileName;
        this.upsertQuery = upsertQuery;
    }

    public String fileName() {
        return fileName;
    }

    public String upsertQuery() {
        return upsertQuery;
    }

    public static java.util.stream.Stream<RecordType> stream() {
        return Arrays.stream(values());
    }

    public static Optional<RecordType> forFileName(String fileName) {
        return Arrays.stream(values()).filter(type -> type.fileName.equals(fileName)).findFirst();
    }
}
