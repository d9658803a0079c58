package cn.liantu.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON Lines as the import format reads it: one object per line, blank and {@code //} lines skipped. */
public final class JsonLines {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, Object>> OBJECT = new TypeReference<>() { };

    private JsonLines() {
    }

    /** The objects of {@code lines}; a line that is not a JSON object fails naming the file and line. */
    public static List<Map<String, Object>> parse(String fileName, List<String> lines) {
        List<Map<String, Object>> records = new ArrayList<>(lines.size());
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            try {
                records.add(JSON.readValue(trimmed, OBJECT));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(fileName + " line " + lineNumber + ": not a JSON object ("
                        + e.getOriginalMessage() + ")");
            }
        }
        return records;
    }

    /** One line of JSON for a record. */
    public static String format(Map<String, Object> record) {
        try {
            return JSON.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write a record as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
