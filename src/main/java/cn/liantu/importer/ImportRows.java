package cn.liantu.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the records of an import file (parsed JSON objects) into the parameter rows of the
 * upsert statements: enterprise ids, dates as dates, stage dates as properties.
 */
public final class ImportRows {

    private static final List<String> ENTERPRISE_PROPERTIES = List.of("uscc", "stockCode", "name", "shortName",
            "exchange", "ownership", "revenue", "tax", "employees", "landAreaMu", "patents", "tags", "parkId");
    private static final List<String> COVERAGE_LISTS = List.of("productIds", "productNames", "industryCodes",
            "industryNames");
    private static final double DEFAULT_COVERAGE_CONFIDENCE = 1.0;
    private static final List<String> PROJECT_STAGES = List.of("RESERVE", "NEGOTIATING", "SIGNED", "STARTED",
            "PRODUCING", "EFFECTIVE", "TERMINATED");

    private ImportRows() {
    }

    /** The id of an enterprise: its USCC, or {@code stock:<code>} when only a stock code is known. */
    public static String enterpriseId(String uscc, String stockCode) {
        if (uscc != null && !uscc.isBlank()) {
            return uscc.trim().toUpperCase();
        }
        if (stockCode != null && !stockCode.isBlank()) {
            return "stock:" + stockCode.trim();
        }
        return null;
    }

    /** An enterprise reference in another record: a USCC, a stock code or an enterprise id. */
    public static String enterpriseRef(Object reference) {
        if (reference == null) {
            return null;
        }
        String text = reference.toString().trim();
        if (text.startsWith("stock:")) {
            return text;
        }
        return text.length() == 18 ? text.toUpperCase() : "stock:" + text;
    }

    public static Map<String, Object> toRow(RecordType type, Map<String, Object> record) {
        return switch (type) {
            case ENTERPRISES -> enterpriseRow(record);
            case PROJECTS -> projectRow(record);
            case SUPPLIES -> supplyRow(record);
            case PARKS -> withDates(record, "approvedOn");
            case CHAIN_LEADERS, ENTERPRISE_INDUSTRIES, ENTERPRISE_PRODUCTS -> withEnterpriseRef(record);
            case SEGMENT_COVERAGE -> coverageRow(record);
            case INDUSTRY_CLASSES -> withLists(record, "tags", "strategicCategories", "strategicProducts");
            default -> record;
        };
    }

    private static Map<String, Object> enterpriseRow(Map<String, Object> record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : ENTERPRISE_PROPERTIES) {
            properties.put(name, record.get(name));
        }
        properties.put("foundedOn", date(record.get("foundedOn")));
        properties.put("closedOn", date(record.get("closedOn")));
        properties.put("listedOn", date(record.get("listedOn")));
        properties.put("rankings", rankings(record.get("rankings")));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", enterpriseId((String) record.get("uscc"), (String) record.get("stockCode")));
        row.put("regionCode", record.get("regionCode"));
        row.put("parkId", record.get("parkId"));
        row.put("segmentIds", record.get("segmentIds"));
        row.put("productIds", record.get("productIds"));
        row.put("properties", properties);
        return row;
    }

    /** Rankings are kept as "LIST:YEAR:RANK" strings: one property, no extra node per ranking. */
    @SuppressWarnings("unchecked")
    private static List<String> rankings(Object value) {
        List<String> encoded = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object item : list) {
                Map<String, Object> ranking = (Map<String, Object>) item;
                Object rank = ranking.get("rank");
                encoded.add(ranking.get("list") + ":" + ranking.get("year") + ":" + (rank == null ? "" : rank));
            }
        }
        return encoded;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> projectRow(Map<String, Object> record) {
        Map<String, Object> properties = new LinkedHashMap<>();
        for (String name : List.of("name", "parkId", "chainId", "amount", "fundsInPlace", "stage", "responsible",
                "keyLevel", "terminationReason")) {
            properties.put(name, record.get(name));
        }
        properties.put("investorId", enterpriseRef(record.get("investor")));
        Map<String, Object> stageDates = (Map<String, Object>) record.getOrDefault("stageDates", Map.of());
        for (String stage : PROJECT_STAGES) {
            properties.put(stageProperty(stage), date(stageDates.get(stage)));
        }
        properties.put("stageDate", date(stageDates.get(String.valueOf(record.get("stage")))));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", record.get("id"));
        row.put("regionCode", record.get("regionCode"));
        row.put("investor", properties.get("investorId"));
        row.put("parkId", record.get("parkId"));
        row.put("chainId", record.get("chainId"));
        row.put("segments", record.get("segments"));
        row.put("properties", properties);
        return row;
    }

    /**
     * The row with every enterprise reference made by stock code replaced by the id of the
     * enterprise it names, when known (an enterprise with a USCC is stored under its USCC).
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> withEnterpriseIds(RecordType type, Map<String, Object> row,
                                                        Map<String, String> idOfStockKey) {
        List<String> fields = switch (type) {
            case SUPPLIES -> List.of("supplier", "customer");
            case CHAIN_LEADERS -> List.of("enterprise");
            case PROJECTS -> List.of("investor");
            default -> List.of();
        };
        if (fields.isEmpty() || idOfStockKey.isEmpty()) {
            return row;
        }
        Map<String, Object> resolved = new LinkedHashMap<>(row);
        for (String field : fields) {
            Object reference = row.get(field);
            if (reference != null && idOfStockKey.containsKey(reference.toString())) {
                resolved.put(field, idOfStockKey.get(reference.toString()));
            }
        }
        if (type == RecordType.PROJECTS) {
            Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) row.get("properties"));
            properties.put("investorId", resolved.get("investor"));
            resolved.put("properties", properties);
        }
        return resolved;
    }

    /** The property holding the date a project reached a stage: SIGNED → signedOn. */
    public static String stageProperty(String stage) {
        return stage.toLowerCase() + "On";
    }

    private static Map<String, Object> supplyRow(Map<String, Object> record) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        row.put("supplier", enterpriseRef(record.get("supplier")));
        row.put("customer", enterpriseRef(record.get("customer")));
        Object productId = record.get("productId");
        Object product = record.get("product");
        row.put("productKey", productId != null ? productId : product != null ? product : "");
        return row;
    }

    private static Map<String, Object> withEnterpriseRef(Map<String, Object> record) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        row.put("enterprise", enterpriseRef(record.get("enterprise")));
        return row;
    }

    /** Coverage lists default to empty and the confidence to 1, so the statement needs no null checks. */
    private static Map<String, Object> coverageRow(Map<String, Object> record) {
        Map<String, Object> row = withLists(record, COVERAGE_LISTS.toArray(String[]::new));
        Object confidence = record.get("confidence");
        row.put("confidence", confidence == null ? DEFAULT_COVERAGE_CONFIDENCE : ((Number) confidence).doubleValue());
        return row;
    }

    private static Map<String, Object> withLists(Map<String, Object> record, String... listFields) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        for (String field : listFields) {
            if (row.get(field) == null) {
                row.put(field, List.of());
            }
        }
        return row;
    }

    private static Map<String, Object> withDates(Map<String, Object> record, String... dateFields) {
        Map<String, Object> row = new LinkedHashMap<>(record);
        for (String field : dateFields) {
            row.put(field, date(record.get(field)));
        }
        return row;
    }

    private static LocalDate date(Object value) {
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return LocalDate.parse(value.toString());
    }
}
