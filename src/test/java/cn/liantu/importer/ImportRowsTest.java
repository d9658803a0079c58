package cn.liantu.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImportRowsTest {

    @Test
    void coverageListsDefaultToEmptyAndConfidenceToOne() {
        Map<String, Object> row = ImportRows.toRow(RecordType.SEGMENT_COVERAGE,
                Map.of("segmentId", "s", "productNames", List.of("锂电池")));

        assertThat(row).containsEntry("productNames", List.of("锂电池")).containsEntry("productIds", List.of())
                .containsEntry("industryCodes", List.of()).containsEntry("industryNames", List.of())
                .containsEntry("confidence", 1.0);
    }

    @Test
    void coverageKeepsAGivenConfidence() {
        Map<String, Object> record = new HashMap<>(Map.of("segmentId", "s", "confidence", 0.5));
        record.put("industryCodes", null);

        Map<String, Object> row = ImportRows.toRow(RecordType.SEGMENT_COVERAGE, record);

        assertThat(row).containsEntry("confidence", 0.5).containsEntry("industryCodes", List.of());
    }

    @Test
    void enterpriseLinksReferToEnterpriseIds() {
        assertThat(ImportRows.toRow(RecordType.ENTERPRISE_PRODUCTS, Map.of("enterprise", "600000", "productId", "p")))
                .containsEntry("enterprise", "stock:600000");
        assertThat(ImportRows.toRow(RecordType.ENTERPRISE_INDUSTRIES,
                Map.of("enterprise", "91410300MA40XXXX1X", "industryCode", "630701")))
                .containsEntry("enterprise", "91410300MA40XXXX1X");
    }

    @Test
    @SuppressWarnings("unchecked")
    void enterprisesCarryListingFields() {
        Map<String, Object> row = ImportRows.toRow(RecordType.ENTERPRISES, Map.of("stockCode", "300750",
                "name", "宁德时代新能源科技股份有限公司", "shortName", "宁德时代", "exchange", "SZSE",
                "listedOn", "2018-06-11", "regionCode", "CN"));

        assertThat(row).containsEntry("id", "stock:300750").containsEntry("regionCode", "CN");
        assertThat((Map<String, Object>) row.get("properties")).containsEntry("shortName", "宁德时代")
                .containsEntry("exchange", "SZSE").containsEntry("listedOn", LocalDate.of(2018, 6, 11));
    }
}
