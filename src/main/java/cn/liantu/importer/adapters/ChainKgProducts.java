package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.importer.RecordType;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * chain-kg's products (product.jsonl, by name), their relations (product_product.jsonl) and the
 * main products of each company with their revenue share (company_product.jsonl). Names are
 * cleaned ({@link ProductNames}); a product's id is {@code ckg:} + its cleaned name.
 */
final class ChainKgProducts {

    static final String PRODUCT = "product.jsonl";
    static final String PRODUCT_PRODUCT = "product_product.jsonl";
    static final String COMPANY_PRODUCT = "company_product.jsonl";
    static final String ID_PREFIX = "ckg:";

    private static final String RAW_MATERIAL = "上游材料";
    private static final String DOWNSTREAM_PRODUCT = "下游产品";
    private static final String NARROWER = "产品小类";

    private final Conversion conversion;
    /** The line of product.jsonl where each cleaned name was first seen. */
    private final Map<String, Integer> products = new HashMap<>();

    ChainKgProducts(Conversion conversion) {
        this.conversion = conversion;
    }

    static String productId(String cleanedName) {
        return ID_PREFIX + cleanedName;
    }

    void convertProducts(RawFiles files) {
        for (JsonRows.Row row : JsonRows.parse(PRODUCT, files.lines(PRODUCT), conversion)) {
            Optional<String> name = cleanName(PRODUCT, row.line(), row.text("name"));
            if (name.isEmpty()) {
                continue;
            }
            Integer first = products.putIfAbsent(name.get(), row.line());
            if (first != null) {
                conversion.issue(PRODUCT, row.line(), IssueKind.DUPLICATE_PRODUCT,
                        name.get() + " is line " + first + " once cleaned; merged with it");
                continue;
            }
            conversion.add(RecordType.PRODUCTS, record("id", productId(name.get()), "name", name.get()));
        }
    }

    /**
     * 上游材料 (product → raw material) and 下游产品 (material → product) both become MADE_FROM from
     * product to material; 产品小类 (broader → narrower) becomes SUBTYPE_OF from narrower to broader.
     */
    void convertLinks(RawFiles files) {
        Set<String> seen = new HashSet<>();
        for (JsonRows.Row row : JsonRows.parse(PRODUCT_PRODUCT, files.lines(PRODUCT_PRODUCT), conversion)) {
            String relation = row.text("rel");
            String from = row.text("from_entity");
            String to = row.text("to_entity");
            String[] link = switch (relation) {
                case RAW_MATERIAL -> new String[] {from, to, "MADE_FROM"};
                case DOWNSTREAM_PRODUCT -> new String[] {to, from, "MADE_FROM"};
                case NARROWER -> new String[] {to, from, "SUBTYPE_OF"};
                default -> null;
            };
            if (link == null) {
                conversion.issue(PRODUCT_PRODUCT, row.line(), IssueKind.UNKNOWN_RELATION,
                        "relation '" + relation + "' is none of " + RAW_MATERIAL + ", " + DOWNSTREAM_PRODUCT + ", "
                                + NARROWER + "; skipped");
                continue;
            }
            Optional<String> product = knownProduct(PRODUCT_PRODUCT, row.line(), link[0]);
            Optional<String> related = knownProduct(PRODUCT_PRODUCT, row.line(), link[1]);
            if (product.isEmpty() || related.isEmpty()) {
                continue;
            }
            if (product.equals(related)) {
                conversion.issue(PRODUCT_PRODUCT, row.line(), IssueKind.SELF_LINK,
                        product.get() + " " + relation + " itself; skipped");
            } else if (!seen.add(product.get() + "|" + related.get() + "|" + link[2])) {
                conversion.issue(PRODUCT_PRODUCT, row.line(), IssueKind.DUPLICATE_ROW,
                        product.get() + " " + link[2] + " " + related.get() + " was given before; skipped");
            } else {
                conversion.add(RecordType.PRODUCT_LINKS, record("productId", productId(product.get()),
                        "relatedId", productId(related.get()), "kind", link[2]));
            }
        }
    }

    /** Main products of the companies in {@code companies}; a share outside 0–1 is dropped, the link kept. */
    void convertCompanyProducts(RawFiles files, Set<String> companies) {
        Set<String> seen = new HashSet<>();
        for (JsonRows.Row row : JsonRows.parse(COMPANY_PRODUCT, files.lines(COMPANY_PRODUCT), conversion)) {
            Optional<StockCodes.StockCode> stock = StockCodes.parse(row.text("company_code"));
            if (stock.isEmpty() || !companies.contains(stock.get().code())) {
                conversion.issue(COMPANY_PRODUCT, row.line(), IssueKind.UNKNOWN_COMPANY,
                        "company '" + row.text("company_code") + "' is not in " + ChainKgAdapter.COMPANY + "; skipped");
                continue;
            }
            Optional<String> product = knownProduct(COMPANY_PRODUCT, row.line(), row.text("product_name"));
            if (product.isEmpty()) {
                continue;
            }
            String company = stock.get().code();
            if (!seen.add(company + "|" + product.get())) {
                conversion.issue(COMPANY_PRODUCT, row.line(), IssueKind.DUPLICATE_ROW,
                        company + " makes " + product.get() + " was given before; skipped");
                continue;
            }
            conversion.add(RecordType.ENTERPRISE_PRODUCTS, record("enterprise", company,
                    "productId", productId(product.get()), "revenueShare", revenueShare(row, company, product.get())));
        }
    }

    private Double revenueShare(JsonRows.Row row, String company, String product) {
        JsonNode weight = row.node().get("rel_weight");
        if (weight == null || !weight.isNumber()) {
            return null;
        }
        double share = weight.asDouble();
        if (share < 0 || share > 1) {
            conversion.issue(COMPANY_PRODUCT, row.line(), IssueKind.REVENUE_SHARE_OUT_OF_RANGE, "revenue share "
                    + share + " of " + product + " at " + company + " is not between 0 and 1; link kept without it");
            return null;
        }
        return share;
    }

    /** The cleaned name when product.jsonl has it; otherwise reported. */
    private Optional<String> knownProduct(String file, int line, String raw) {
        Optional<String> name = cleanName(file, line, raw);
        if (name.isPresent() && !products.containsKey(name.get())) {
            conversion.issue(file, line, IssueKind.UNKNOWN_PRODUCT,
                    "'" + name.get() + "' is not in " + PRODUCT + "; skipped");
            return Optional.empty();
        }
        return name;
    }

    private Optional<String> cleanName(String file, int line, String raw) {
        String name = ProductNames.clean(raw);
        if (name.isEmpty()) {
            conversion.issue(file, line, IssueKind.MALFORMED_ROW, "no product name; skipped");
            return Optional.empty();
        }
        if (!name.equals(raw)) {
            conversion.issue(file, line, IssueKind.PRODUCT_NAME_CLEANED,
                    "'" + ProductNames.visible(raw) + "' read as '" + name + "'");
        }
        return Optional.of(name);
    }
}
