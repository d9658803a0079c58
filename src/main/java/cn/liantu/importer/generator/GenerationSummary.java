package cn.liantu.importer.generator;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a generation wrote: rows per file (in import order) and the bytes of all files. */
public record GenerationSummary(Path directory, Map<String, Long> rowsByFile, long bytes) {

    public GenerationSummary {
        rowsByFile = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByFile));
    }

    public long rows(String fileName) {
        return rowsByFile.getOrDefault(fileName, 0L);
    }

    public long totalRows() {
        return rowsByFile.values().stream().mapToLong(Long::longValue).sum();
    }
}
