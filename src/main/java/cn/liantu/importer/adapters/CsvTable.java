package cn.liantu.importer.adapters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A comma-separated file with a header line: fields may be quoted ("a,b", "say ""hi"""), a byte
 * order mark before the header is ignored. Quoted fields spanning lines are not supported (none
 * of the public datasets has them): such a row comes out with too few columns.
 */
final class CsvTable {

    /** A data row: its 1-based line number in the file and its values by column name. */
    record Row(int line, Map<String, String> values, int columnCount) {
        String get(String column) {
            String value = values.get(column);
            return value == null ? "" : value.trim();
        }
    }

    private CsvTable() {
    }

    /** The data rows; blank lines are skipped. Columns missing from a short row read as "". */
    static List<Row> parse(List<String> lines) {
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = split(stripByteOrderMark(lines.getFirst()));
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = split(line);
            Map<String, String> values = new LinkedHashMap<>();
            for (int column = 0; column < header.size(); column++) {
                values.put(header.get(column).trim(), column < fields.size() ? fields.get(column) : "");
            }
            rows.add(new Row(i + 1, values, fields.size()));
        }
        return rows;
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripByteOrderMark(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
