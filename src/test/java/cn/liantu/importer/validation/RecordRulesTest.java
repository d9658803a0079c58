package cn.liantu.importer.validation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.RecordType;
import cn.liantu.importer.SourceRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecordRulesTest {

    private static Checked check(RecordType type, Map<String, Object> fields) {
        return RecordRules.check(new SourceRecord(type, type.fileName(), 1, fields));
    }

    private static Map<String, Object> enterprise() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("uscc", "914103000000000015");
        fields.put("name", "洛阳测试轴承有限公司");
        fields.put("regionCode", "410305");
        fields.put("revenue", 1200.5);
        fields.put("segmentIds", List.of("equip-bearing"));
        return fields;
    }

    @Test
    void aValidEnterpriseDefinesItsKeyAndListsItsReferences() {
        Checked checked = check(RecordType.ENTERPRISES, enterprise());

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.defines()).isEqualTo(KeySpace.ENTERPRISE);
        assertThat(checked.key()).isEqualTo("914103000000000015");
        assertThat(checked.references()).containsExactly(
                new Reference(KeySpace.REGION, "410305", "regionCode"),
                new Reference(KeySpace.SEGMENT, "equip-bearing", "segmentIds"));
    }

    @Test
    void aBadCheckCharacterNegativeRevenueAndClosingBeforeFoundingAreAllReported() {
        Map<String, Object> fields = enterprise();
        fields.put("uscc", "914103000000000016");
        fields.put("revenue", -1);
        fields.put("foundedOn", "2020-05-01");
        fields.put("closedOn", "2019-01-01");
        fields.put("tags", List.of("SPECIALIZED", "FAMOUS"));

        assertThat(check(RecordType.ENTERPRISES, fields).problems()).containsExactly(
                "USCC check character is '6', expected '5'",
                "revenue must not be negative, got -1.0",
                "closedOn 2019-01-01 is before foundedOn 2020-05-01",
                "tags has 'FAMOUS', not one of [SPECIALIZED, LITTLE_GIANT, SINGLE_CHAMPION, HIDDEN_CHAMPION, GAZELLE,"
                        + " UNICORN, HIGH_TECH]");
    }

    @Test
    void aListedFirmWithoutUsccIsKeyedByStockCode() {
        Map<String, Object> fields = enterprise();
        fields.remove("uscc");
        fields.put("stockCode", "603993");

        Checked checked = check(RecordType.ENTERPRISES, fields);

        assertThat(checked.problems()).isEmpty();
        assertThat(checked.key()).isEqualTo("stock:603993");
    }

    @Test
    void projectStageDatesMustBeCompleteAndInOrder() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("id", "p1");
        project.put("name", "测试项目");
        project.put("regionCode", "410305");
        project.put("stage", "STARTED");
        project.put("amount", 1000);
        project.put("fundsInPlace", 1500);
        project.put("stageDates", Map.of("SIGNED", "2025-03-01", "STARTED", "2025-02-01", "EFFECTIVE", "2025-09-01"));

        assertThat(check(RecordType.PROJECTS, project).problems()).containsExactly(
                "fundsInPlace 1500.0 exceeds the contracted amount 1000.0",
                "stageDates.STARTED 2025-02-01 is before stageDates.SIGNED 2025-03-01",
                "stageDates.EFFECTIVE is set but the project is only at stage STARTED");
    }

    @Test
    void aTerminatedProjectNeedsItsReasonAndDate() {
        Map<String, Object> project = new LinkedHashMap<>();
        project.put("id", "p2");
        project.put("name", "终止项目");
        project.put("regionCode", "410305");
        project.put("stage", "TERMINATED");
        project.put("stageDates", Map.of("SIGNED", "2025-03-01"));

        assertThat(check(RecordType.PROJECTS, project).problems()).containsExactly(
                "stageDates.TERMINATED is missing for a TERMINATED project",
                "a TERMINATED project needs a terminationReason");
    }

    @Test
    void regionsNeedAParentBelowCountryLevel() {
        assertThat(check(RecordType.REGIONS, Map.of("code", "410300", "name", "洛阳市", "level", "CITY")).problems())
                .containsExactly("parentCode is required for a CITY");
        assertThat(check(RecordType.REGIONS, Map.of("code", "4103", "name", "x", "level", "TOWN")).problems())
                .containsExactly("code '4103' is neither a 6-digit GB/T 2260 code nor a 2-letter country code",
                        "level 'TOWN' is not one of [COUNTRY, PROVINCE, CITY, COUNTY]");
    }

    @Test
    void aSupplyToItselfAndAFractionalYearAreRejected() {
        Map<String, Object> supply = Map.of("supplier", "914103000000000015", "customer", "914103000000000015",
                "year", 2025.5);

        assertThat(check(RecordType.SUPPLIES, supply).problems()).containsExactly(
                "an enterprise cannot supply itself (914103000000000015)",
                "year must be a whole number, got '2025.5'");
    }
}
