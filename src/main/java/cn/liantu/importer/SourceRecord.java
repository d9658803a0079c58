package cn.liantu.importer;

import java.util.Map;

/** One record of an import file, with where it came from for the report. */
public record SourceRecord(RecordType type, String source, int line, Map<String, Object> fields) {

    public Object get(String field) {
        return fields.get(field);
    }
}
