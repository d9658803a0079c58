package cn.liantu.importer.generator;

import cn.liantu.importer.RecordType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The files of a generated world read back as JSON, for tests. */
final class GeneratedDataset {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final Path directory;

    GeneratedDataset(Path directory) {
        this.directory = directory;
    }

    List<JsonNode> rows(RecordType type) {
        try {
            List<JsonNode> rows = new ArrayList<>();
            for (String line : Files.readAllLines(directory.resolve(type.fileName()))) {
                rows.add(JSON.readTree(line));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, JsonNode> byKey(RecordType type, String keyField) {
        return index(rows(type), row -> row.path(keyField).asText());
    }

    JsonNode manifest() {
        try {
            return JSON.readTree(directory.resolve(SyntheticWorld.MANIFEST).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, JsonNode> index(List<JsonNode> rows, Function<JsonNode, String> key) {
        Map<String, JsonNode> indexed = new LinkedHashMap<>();
        for (JsonNode row : rows) {
            if (indexed.put(key.apply(row), row) != null) {
                throw new AssertionError("duplicate key " + key.apply(row));
            }
        }
        return indexed;
    }

    static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }
}
