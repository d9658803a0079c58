package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.RecordType;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A small chain-kg with each quirk of the real one; every expected value is worked out by hand below. */
class ChainKgAdapterTest {

    private static final RawFiles SAMPLE = RawFiles.of(
            "company.jsonl", """
                    {"name": "甲", "fullname": "甲股份有限公司", "code": "600001.SH", "location": "上海证券交易所", "time": "2001-01-01"}
                    {"name": "乙", "fullname": "乙股份有限公司", "code": "000002", "location": "深圳证券交易所", "time": "-"}
                    {"name": "丙", "fullname": "丙股份有限公司", "code": "300003.SZ", "location": "2010-02-11", "time": "2010-02-11"}
                    {"name": "甲二", "fullname": "另一个公司", "code": "600001", "location": "上海证券交易所", "time": "2002-02-02"}
                    {"name": "丁", "fullname": "", "code": "688004", "location": "上海证券交易所", "time": "上海证券交易所"}
                    not json
                    {"name": "戊", "fullname": "戊", "code": "ABC", "location": "", "time": ""}
                    """,
            "industry.jsonl", """
                    {"code": "610000", "name": "建筑材料"}
                    {"code": "610300", "name": "装修建材"}
                    {"code": "610303", "name": "其他建材"}
                    {"code": "630000", "name": "电力设备"}
                    {"code": "630700", "name": "电池"}
                    {"code": "630701", "name": "锂电池"}
                    {"code": "630306", "name": "其他电源设备Ⅲ"}
                    {"code": "6307", "name": "坏"}
                    {"code": "610000", "name": "重复"}
                    """,
            "industry_industry.jsonl", """
                    {"from_code": "610300", "rel": "上级行业", "to_code": "610000"}
                    {"from_code": "610303", "rel": "上级行业", "to_code": "610300"}
                    {"from_code": "630700", "rel": "上级行业", "to_code": "630000"}
                    {"from_code": "630701", "rel": "上级行业", "to_code": "630700"}
                    {"from_code": "630306", "rel": "上级行业", "to_code": "630000"}
                    {"from_code": "999999", "rel": "上级行业", "to_code": "610000"}
                    {"from_code": "630701", "rel": "上级行业", "to_code": "630000"}
                    {"from_code": "630306", "rel": "其他", "to_code": "630700"}
                    """,
            "industry_up.jsonl", """
                    {"industry": "锂电池", "ups": {"其他建材Ⅲ": 3, "电池": 2, "锂电池": 1, "不存在": 4}}
                    {"industry": "其他能源设备Ⅲ", "ups": {"电池": 1}}
                    {"industry": "电池", "ups": {"其他建材": 5, "其他建材Ⅲ": 1}}
                    """,
            "company_industry.jsonl", """
                    {"company_code": "600001.SH", "industry_code": "630701", "industry_name": "锂电池", "company_name": "甲"}
                    {"company_code": "000002.SZ", "industry_code": "610102", "industry_name": "电池", "company_name": "乙"}
                    {"company_code": "300003.sz", "industry_code": "630306", "industry_name": "其他能源设备Ⅲ", "company_name": "丙"}
                    {"company_code": "688004.SH", "industry_code": "640401", "industry_name": "金属制品", "company_name": "丁"}
                    {"company_code": "601800.SH", "industry_code": "630701", "industry_name": "锂电池", "company_name": "中国交建"}
                    {"company_code": "600001.SH", "industry_code": "630701", "industry_name": "锂电池", "company_name": "甲"}
                    """,
            "product.jsonl", """
                    {"name": "锂电池"}
                    {"name": "正极材料"}
                    {"name": "LED 显示屏"}
                    {"name": "LED显示屏"}
                    {"name": "电池"}
                    {"name": "\\u007f"}
                    """,
            "product_product.jsonl", """
                    {"from_entity": "锂电池", "to_entity": "正极材料", "rel": "上游材料"}
                    {"from_entity": "正极材料", "to_entity": "锂电池", "rel": "下游产品"}
                    {"from_entity": "电池", "to_entity": "锂电池", "rel": "产品小类"}
                    {"from_entity": "电池", "to_entity": "电池", "rel": "产品小类"}
                    {"from_entity": "锂电池", "to_entity": "北极虾", "rel": "上游材料"}
                    {"from_entity": "锂电池", "to_entity": "电池", "rel": "同义词"}
                    {"from_entity": "LED\\n显示屏", "to_entity": "电池", "rel": "上游材料"}
                    """,
            "company_product.jsonl", """
                    {"company_code": "600001SH", "product_name": "锂电池", "rel": "主营产品", "rel_weight": 0.75}
                    {"company_code": "600001SH", "product_name": "正极材料", "rel": "主营产品", "rel_weight": -0.1}
                    {"company_code": "000002SZ", "product_name": "电池", "rel": "主营产品", "rel_weight": 1.2}
                    {"company_code": "000002SZ", "product_name": "电池", "rel": "主营产品", "rel_weight": 1.2}
                    {"company_code": "601800SH", "product_name": "电池", "rel": "主营产品", "rel_weight": 0.5}
                    {"company_code": "300003SZ", "product_name": " 锂电池\\n", "rel": "主营产品", "rel_weight": 1}
                    {"company_code": "688004SH", "product_name": "北极虾", "rel": "主营产品", "rel_weight": 0.2}
                    """);

    private static AdaptedDataset dataset;

    @BeforeAll
    static void convert() {
        dataset = new ChainKgAdapter().convert(SAMPLE, ReferenceData.none());
    }

    @Test
    void companiesAreKeyedByStockCodeAndLocatedInChina() {
        assertThat(rows(RecordType.ENTERPRISES, "stockCode", "name", "shortName", "exchange", "listedOn", "regionCode"))
                .containsExactly(
                        "600001 甲股份有限公司 甲 SSE 2001-01-01 CN",
                        "000002 乙股份有限公司 乙 SZSE null CN",
                        "300003 丙股份有限公司 丙 SZSE 2010-02-11 CN",
                        "688004 丁 丁 SSE null CN");
        assertThat(rows(RecordType.REGIONS, "code", "level")).containsExactly("CN COUNTRY");
        assertThat(issues("company.jsonl")).containsExactly(
                "0 NO_LOCATION", "2 STOCK_CODE_WITHOUT_EXCHANGE", "2 LISTING_DATE_NOT_A_DATE", "3 DATE_IN_LOCATION",
                "4 DUPLICATE_STOCK_CODE", "5 STOCK_CODE_WITHOUT_EXCHANGE", "5 LISTING_DATE_NOT_A_DATE",
                "6 MALFORMED_ROW", "7 MALFORMED_ROW");
    }

    @Test
    void industriesFormATreeWithLevelsAndUpstreamLinksByName() {
        assertThat(rows(RecordType.INDUSTRIES, "code", "level", "parentCode")).containsExactly(
                "610000 1 null", "610300 2 610000", "610303 3 610300", "630000 1 null", "630700 2 630000",
                "630701 3 630700", "630306 2 630000");
        // 其他建材Ⅲ is 其他建材 without its level mark; the second 其他建材Ⅲ of line 3 repeats 其他建材
        assertThat(rows(RecordType.INDUSTRY_LINKS, "industry", "upstream", "weight")).containsExactly(
                "630701 610303 3", "630701 630700 2", "630700 610303 5");
        assertThat(issues("industry.jsonl")).containsExactly("8 MALFORMED_ROW", "9 DUPLICATE_ROW");
        assertThat(issues("industry_industry.jsonl")).containsExactly(
                "6 UNKNOWN_INDUSTRY", "7 DUPLICATE_ROW", "8 UNKNOWN_RELATION");
        assertThat(issues("industry_up.jsonl")).containsExactly(
                "1 SELF_LINK", "1 UNKNOWN_INDUSTRY", "2 UNKNOWN_INDUSTRY", "3 DUPLICATE_ROW");
    }

    @Test
    void companyIndustriesTrustTheNameThenTheCode() {
        assertThat(rows(RecordType.ENTERPRISE_INDUSTRIES, "enterprise", "industryCode")).containsExactly(
                "600001 630701", "000002 630700", "300003 630306");
        assertThat(issues("company_industry.jsonl")).containsExactly(
                "2 INDUSTRY_CODE_NAME_MISMATCH", "3 INDUSTRY_CODE_NAME_MISMATCH", "4 UNKNOWN_INDUSTRY",
                "5 UNKNOWN_COMPANY", "6 DUPLICATE_ROW");
    }

    @Test
    void productsAreCleanedMergedAndLinked() {
        assertThat(rows(RecordType.PRODUCTS, "id", "name")).containsExactly(
                "ckg:锂电池 锂电池", "ckg:正极材料 正极材料", "ckg:LED显示屏 LED显示屏", "ckg:电池 电池");
        assertThat(rows(RecordType.PRODUCT_LINKS, "productId", "kind", "relatedId")).containsExactly(
                "ckg:锂电池 MADE_FROM ckg:正极材料", "ckg:锂电池 SUBTYPE_OF ckg:电池", "ckg:LED显示屏 MADE_FROM ckg:电池");
        assertThat(issues("product.jsonl")).containsExactly(
                "3 PRODUCT_NAME_CLEANED", "4 DUPLICATE_PRODUCT", "6 MALFORMED_ROW");
        assertThat(issues("product_product.jsonl")).containsExactly(
                "2 DUPLICATE_ROW", "4 SELF_LINK", "5 UNKNOWN_PRODUCT", "6 UNKNOWN_RELATION", "7 PRODUCT_NAME_CLEANED");
    }

    @Test
    void mainProductsKeepTheirLinkButNotAShareOutsideZeroToOne() {
        assertThat(rows(RecordType.ENTERPRISE_PRODUCTS, "enterprise", "productId", "revenueShare")).containsExactly(
                "600001 ckg:锂电池 0.75", "600001 ckg:正极材料 null", "000002 ckg:电池 null", "300003 ckg:锂电池 1.0");
        assertThat(issues("company_product.jsonl")).containsExactly(
                "2 REVENUE_SHARE_OUT_OF_RANGE", "3 REVENUE_SHARE_OUT_OF_RANGE", "4 DUPLICATE_ROW", "5 UNKNOWN_COMPANY",
                "6 PRODUCT_NAME_CLEANED", "7 UNKNOWN_PRODUCT");
    }

    private static List<String> rows(RecordType type, String... fields) {
        return dataset.records(type).stream()
                .map(record -> Arrays.stream(fields).map(field -> String.valueOf(record.get(field)))
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    /** "line KIND" of the issues of one file, in the order reported. */
    private static List<String> issues(String file) {
        return dataset.issues().stream().filter(issue -> issue.file().equals(file))
                .map(issue -> issue.line() + " " + issue.kind()).toList();
    }
}
