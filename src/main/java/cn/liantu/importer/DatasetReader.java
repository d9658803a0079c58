package cn.liantu.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the files of a dataset into records; a line that is not a JSON object is reported, not fatal. */
final class DatasetReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DatasetReader() {
    }

    static Map<RecordType, List<SourceRecord>> read(DatasetSource source, ImportReport report) {
        Map<RecordType, List<SourceRecord>> records = new EnumMap<>(RecordType.class);
        for (RecordType type : RecordType.values()) {
            source.lines(type).ifPresent(lines -> records.put(type, parse(type, source.sourceName(type), lines, report)));
        }
        return records;
    }

    private static List<SourceRecord> parse(RecordType type, String sourceName, List<String> lines,
                                            ImportReport report) {
        List<SourceRecord> records = new ArrayList<>(lines.size());
        int lineNumber = 0;
        for (String line : lines) {
            lineNumber++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("//")) {
                continue;
            }
            report.counts(type).read++;
            try {
                Map<String, Object> fields = JSON.readValue(trimmed, new TypeReference<LinkedHashMap<String, Object>>() { });
                records.add(new SourceRecord(type, sourceName, lineNumber, fields));
            } catch (JsonProcessingException e) {
                report.counts(type).rejected++;
                report.addProblem(new ImportReport.Problem(type, sourceName, lineNumber,
                        "not a JSON object: " + e.getOriginalMessage()));
            }
        }
        return records;
    }
}
