package cn.liantu.importer.adapters;

import static cn.liantu.importer.adapters.Conversion.record;

import cn.liantu.importer.RecordType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 国民经济行业分类 GB/T 4754-2017 as a nested JSON tree (swifthu/industrial_classifi): every node
 * {code, name, level 1–4, description, children} becomes an industry class under its parent. The
 * 4-digit classes carry tags (strategic, highTech_mfg, …) and, for 战略性新兴产业分类(2018), the
 * category paths and the products listed under them.
 */
public final class IndustryClassificationAdapter implements DatasetAdapter {

    static final String TREE = "gb4754-2017-tree.json";

    private static final List<String> LEVELS = List.of("SECTION", "DIVISION", "GROUP", "CLASS");
    private static final Map<String, String> TAGS = Map.of(
            "strategic", "STRATEGIC_EMERGING",
            "highTech_mfg", "HIGH_TECH_MANUFACTURING",
            "highTech_svc", "HIGH_TECH_SERVICE",
            "digital", "DIGITAL_ECONOMY",
            "culture", "CULTURE",
            "pension", "ELDERLY_CARE",
            "ip密集型", "IP_INTENSIVE");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String name() {
        return "industry-classification";
    }

    @Override
    public List<String> fileNames() {
        return List.of(TREE);
    }

    @Override
    public AdaptedDataset convert(RawFiles files, ReferenceData reference) {
        Conversion conversion = new Conversion(name());
        JsonNode root;
        try {
            root = JSON.readTree(files.text(TREE));
        } catch (JsonProcessingException e) {
            conversion.issue(TREE, e.getLocation() == null ? 0 : e.getLocation().getLineNr(), IssueKind.MALFORMED_ROW,
                    "not JSON (" + e.getOriginalMessage() + "); nothing imported");
            return conversion.finish();
        }
        JsonNode tops = root == null ? null : root.isArray() ? root : root.path("children");
        if (tops == null || !tops.isArray()) {
            conversion.issue(TREE, 0, IssueKind.MALFORMED_ROW, "no tree of classes found; nothing imported");
            return conversion.finish();
        }
        for (JsonNode section : tops) {
            visit(section, null, conversion);
        }
        return conversion.finish();
    }

    private static void visit(JsonNode node, String parentCode, Conversion conversion) {
        String code = node.path("code").asText("").trim();
        String name = node.path("name").asText("").trim();
        int level = node.path("level").asInt(0);
        if (code.isEmpty() || name.isEmpty() || level < 1 || level > LEVELS.size()) {
            conversion.issue(TREE, 0, IssueKind.MALFORMED_ROW, "a class under '" + parentCode
                    + "' lacks code, name or a level 1–4 (" + code + " " + name + "); skipped with its children");
            return;
        }
        JsonNode strategic = node.path("tagDetail").path("strategic");
        conversion.add(RecordType.INDUSTRY_CLASSES, record(
                "code", code,
                "name", name,
                "level", LEVELS.get(level - 1),
                "parentCode", parentCode,
                "description", blankToNull(node.path("description").asText("")),
                "tags", tags(code, node.path("tags"), conversion),
                "strategicCategories", strategicPaths(strategic),
                "strategicProducts", strategicProducts(strategic)));
        for (JsonNode child : node.path("children")) {
            visit(child, code, conversion);
        }
    }

    private static List<String> tags(String code, JsonNode tags, Conversion conversion) {
        List<String> known = new ArrayList<>();
        for (JsonNode tag : tags) {
            String value = TAGS.get(tag.asText());
            if (value == null) {
                conversion.issue(TREE, 0, IssueKind.UNKNOWN_TAG, "class " + code + " has the tag '" + tag.asText()
                        + "', which the import format has no value for; left out");
            } else {
                known.add(value);
            }
        }
        return known;
    }

    /** The 战略性新兴产业 category paths: every {@code categories[].path}, or the single {@code category}. */
    private static List<String> strategicPaths(JsonNode strategic) {
        Set<String> paths = new LinkedHashSet<>();
        for (JsonNode category : strategic.path("categories")) {
            addText(paths, category.path("path"));
        }
        if (paths.isEmpty()) {
            addText(paths, strategic.path("category"));
        }
        return List.copyOf(paths);
    }

    private static List<String> strategicProducts(JsonNode strategic) {
        Set<String> products = new LinkedHashSet<>();
        for (JsonNode category : strategic.path("categories")) {
            for (JsonNode product : category.path("products")) {
                addText(products, product);
            }
        }
        return List.copyOf(products);
    }

    private static void addText(Set<String> into, JsonNode value) {
        String text = value.asText("").trim();
        if (!text.isEmpty()) {
            into.add(text);
        }
    }

    private static String blankToNull(String text) {
        return text.isBlank() ? null : text.trim();
    }
}
