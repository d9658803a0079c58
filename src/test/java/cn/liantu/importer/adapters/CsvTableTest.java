package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTableTest {

    @Test
    void readsQuotedFieldsWithCommasAndDoubledQuotes() {
        assertThat(CsvTable.split("11,\"北京市\",\"a,b\",\"say \"\"hi\"\"\",")).containsExactly(
                "11", "北京市", "a,b", "say \"hi\"", "");
    }

    @Test
    void rowsCarryTheirLineNumberAndSkipBlankLinesAndTheByteOrderMark() {
        List<CsvTable.Row> rows = CsvTable.parse(List.of("\uFEFFcode,name", "11,\"北京市\"", "", "12"));

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).values()).isEqualTo(Map.of("code", "11", "name", "北京市"));
        assertThat(rows.get(1).line()).isEqualTo(4);
        assertThat(rows.get(1).get("name")).isEmpty();
        assertThat(rows.get(1).columnCount()).isEqualTo(1);
    }
}
