package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import cn.liantu.importer.RecordType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndustryClassificationAdapterTest {

    private static final String TREE = """
            {"code": "root", "name": "国民经济行业分类", "level": 0, "description": "", "children": [
              {"code": "C", "name": "制造业", "level": 1, "description": "", "children": [
                {"code": "39", "name": "计算机、通信和其他电子设备制造业", "level": 2, "description": "x", "children": [
                  {"code": "397", "name": "电子器件制造", "level": 3, "description": "", "children": [
                    {"code": "3973", "name": "集成电路制造", "level": 4, "description": "指单片集成电路", "children": [],
                     "tags": ["strategic", "highTech_mfg", "weird"],
                     "tagDetail": {"strategic": {"has_star": false, "category": "A > B", "description": "",
                       "categories": [{"path": "新一代信息技术产业 > 电子核心产业 > 集成电路制造", "products": ["芯片", "晶圆"]},
                                      {"path": "新一代信息技术产业 > 其他", "products": ["芯片"]}]}}},
                    {"code": "3974", "name": "显示器件制造", "level": 4, "description": "", "children": [],
                     "tags": ["strategic"], "tagDetail": {"strategic": {"category": "新一代信息技术产业 > 新型显示器件"}}},
                    {"code": "", "name": "无代码", "level": 4, "children": []}
                  ]}
                ]}
              ]}
            ]}
            """;

    @Test
    void everyNodeBecomesAClassUnderItsParentWithTagsAndStrategicProducts() {
        AdaptedDataset dataset = new IndustryClassificationAdapter()
                .convert(RawFiles.of("gb4754-2017-tree.json", TREE), ReferenceData.none());

        List<Map<String, Object>> classes = dataset.records(RecordType.INDUSTRY_CLASSES);
        assertThat(classes).extracting(c -> c.get("code") + " " + c.get("level") + " " + c.get("parentCode"))
                .containsExactly("C SECTION null", "39 DIVISION C", "397 GROUP 39", "3973 CLASS 397", "3974 CLASS 397");
        Map<String, Object> chips = classes.get(3);
        assertThat(chips.get("tags")).isEqualTo(List.of("STRATEGIC_EMERGING", "HIGH_TECH_MANUFACTURING"));
        assertThat(chips.get("strategicCategories")).isEqualTo(List.of(
                "新一代信息技术产业 > 电子核心产业 > 集成电路制造", "新一代信息技术产业 > 其他"));
        assertThat(chips.get("strategicProducts")).isEqualTo(List.of("芯片", "晶圆"));
        assertThat(chips.get("description")).isEqualTo("指单片集成电路");
        assertThat(classes.get(4).get("strategicCategories")).isEqualTo(List.of("新一代信息技术产业 > 新型显示器件"));
        assertThat(classes.get(4).get("strategicProducts")).isEqualTo(List.of());
        assertThat(classes.get(0).get("description")).isNull();

        assertThat(dataset.issues()).extracting(ImportIssue::kind)
                .containsExactly(IssueKind.UNKNOWN_TAG, IssueKind.MALFORMED_ROW);
        assertThat(dataset.issues().getFirst().reason()).contains("3973").contains("weird");
    }

    @Test
    void aFileThatIsNotJsonIsReportedNotThrown() {
        AdaptedDataset dataset = new IndustryClassificationAdapter()
                .convert(RawFiles.of("gb4754-2017-tree.json", "{\"code\": \n oops"), ReferenceData.none());

        assertThat(dataset.records()).isEmpty();
        assertThat(dataset.issues()).extracting(ImportIssue::kind).containsExactly(IssueKind.MALFORMED_ROW);
    }
}
