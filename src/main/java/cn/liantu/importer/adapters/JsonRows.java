package cn.liantu.importer.adapters;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/** The objects of a JSON Lines file with their line numbers; a line that is not an object is reported. */
final class JsonRows {

    record Row(int line, JsonNode node) {
        String text(String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? "" : value.asText();
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonRows() {
    }

    static List<Row> parse(String file, List<String> lines, Conversion conversion) {
        List<Row> rows = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.isEmpty()) {
                continue;
            }
            try {
                JsonNode node = JSON.readTree(line);
                if (node.isObject()) {
                    rows.add(new Row(i + 1, node));
                    continue;
                }
            } catch (JsonProcessingException e) {
                // reported below, like any other line that is not an object
            }
            conversion.issue(file, i + 1, IssueKind.MALFORMED_ROW, "not a JSON object; skipped");
        }
        return rows;
    }
}
