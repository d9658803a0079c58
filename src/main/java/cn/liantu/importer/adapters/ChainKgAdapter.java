package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.importer.RecordType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The industry-chain knowledge graph of A-share listed companies (liuhuanyong/ChainKnowledgeGraph):
 * companies become enterprises keyed by their 6-digit stock code, located in CN because the
 * dataset gives no province or city; with them the 申万 industries ({@link ChainKgIndustries}) and
 * the products ({@link ChainKgProducts}).
 */
public final class ChainKgAdapter implements DatasetAdapter {

    static final String COMPANY = "company.jsonl";

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    @Override
    public String name() {
        return "chain-kg";
    }

    @Override
    public List<String> fileNames() {
        return List.of(COMPANY, ChainKgIndustries.INDUSTRY, ChainKgIndustries.INDUSTRY_PARENT,
                ChainKgIndustries.INDUSTRY_UP, ChainKgIndustries.COMPANY_INDUSTRY, ChainKgProducts.PRODUCT,
                ChainKgProducts.PRODUCT_PRODUCT, ChainKgProducts.COMPANY_PRODUCT);
    }

    @Override
    public AdaptedDataset convert(RawFiles files, ReferenceData reference) {
        Conversion conversion = new Conversion(name());
        conversion.add(RecordType.REGIONS, record("code", RegionAdapter.COUNTRY_CODE, "name",
                RegionAdapter.COUNTRY_NAME, "level", "COUNTRY", "parentCode", null));
        ChainKgIndustries industries = new ChainKgIndustries(conversion);
        industries.convertTree(files);
        ChainKgProducts products = new ChainKgProducts(conversion);
        products.convertProducts(files);
        products.convertLinks(files);
        Map<String, Integer> companies = companies(files, conversion);
        industries.convertCompanyIndustries(files, companies.keySet());
        products.convertCompanyProducts(files, companies.keySet());
        return conversion.finish();
    }

    /** Enterprise records; returns the line each stock code was taken from. */
    private static Map<String, Integer> companies(RawFiles files, Conversion conversion) {
        Map<String, Integer> lines = new HashMap<>();
        for (JsonRows.Row row : JsonRows.parse(COMPANY, files.lines(COMPANY), conversion)) {
            Optional<StockCodes.StockCode> stock = StockCodes.parse(row.text("code"));
            if (stock.isEmpty()) {
                conversion.issue(COMPANY, row.line(), IssueKind.MALFORMED_ROW,
                        "'" + row.text("code") + "' is not a stock code; skipped");
                continue;
            }
            String code = stock.get().code();
            Integer first = lines.putIfAbsent(code, row.line());
            if (first != null) {
                conversion.issue(COMPANY, row.line(), IssueKind.DUPLICATE_STOCK_CODE, code + " " + row.text("name")
                        + " (" + row.text("fullname") + ") has the code of line " + first + "; skipped, line "
                        + first + " kept");
                continue;
            }
            if (!stock.get().suffixGiven()) {
                conversion.issue(COMPANY, row.line(), IssueKind.STOCK_CODE_WITHOUT_EXCHANGE,
                        code + " has no .SH/.SZ suffix; the exchange is taken from the location or the first digit");
            }
            conversion.add(RecordType.ENTERPRISES, enterprise(row, stock.get(), conversion));
        }
        if (!lines.isEmpty()) {
            conversion.issue(COMPANY, 0, IssueKind.NO_LOCATION, "the dataset gives no province or city (location is "
                    + "the stock exchange); its " + lines.size() + " companies are located in " + RegionAdapter.COUNTRY_CODE);
        }
        return lines;
    }

    private static Map<String, Object> enterprise(JsonRows.Row row, StockCodes.StockCode stock, Conversion conversion) {
        String location = row.text("location").trim();
        String exchange = StockCodes.exchangeOfName(location);
        if (exchange == null) {
            if (ISO_DATE.matcher(location).matches()) {
                conversion.issue(COMPANY, row.line(), IssueKind.DATE_IN_LOCATION, "location holds the date " + location
                        + " instead of an exchange; the exchange is taken from the code");
            }
            exchange = stock.exchange();
        }
        String shortName = row.text("name").trim();
        String fullName = row.text("fullname").trim();
        return record(
                "stockCode", stock.code(),
                "name", fullName.isEmpty() ? shortName : fullName,
                "shortName", shortName.isEmpty() ? null : shortName,
                "exchange", exchange,
                "listedOn", listingDate(row, conversion),
                "regionCode", RegionAdapter.COUNTRY_CODE);
    }

    private static String listingDate(JsonRows.Row row, Conversion conversion) {
        String time = row.text("time").trim();
        if (ISO_DATE.matcher(time).matches()) {
            try {
                return LocalDate.parse(time).toString();
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        conversion.issue(COMPANY, row.line(), IssueKind.LISTING_DATE_NOT_A_DATE,
                "listing date '" + time + "' is not a date; left empty");
        return null;
    }
}
