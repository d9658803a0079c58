package cn.liantu.importer;

import java.util.Arrays;
import java.util.Optional;

/** The record types of the import format, in the order they are imported (docs/import-format.md). */
public enum RecordType {
    REGIONS("regions.jsonl", "import/upsert_regions"),
    CHAINS("chains.jsonl", "import/upsert_chains"),
    SEGMENTS("segments.jsonl", "import/upsert_segments"),
    SEGMENT_FLOWS("segment_flows.jsonl", "import/upsert_segment_flows"),
    PRODUCTS("products.jsonl", "import/upsert_products"),
    TECHNOLOGIES("technologies.jsonl", "import/upsert_technologies"),
    PARKS("parks.jsonl", "import/upsert_parks"),
    ENTERPRISES("enterprises.jsonl", "import/upsert_enterprises"),
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
