package cn.liantu.importer;

import cn.liantu.persistence.ClasspathFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the records of a dataset come from: a directory on disk, a folder inside the jar, or
 * records already in memory (what a dataset adapter converted from a raw public dataset).
 */
public interface DatasetSource {

    /** The lines of the file for {@code type}, or empty when the dataset has no such file. */
    Optional<List<String>> lines(RecordType type);

    String describe();

    /** The records of {@code type}, or empty when the dataset has none. */
    default Optional<List<Map<String, Object>>> records(RecordType type) {
        return lines(type).map(lines -> JsonLines.parse(type.fileName(), lines));
    }

    /** How the report names where a record of {@code type} came from. */
    default String sourceName(RecordType type) {
        return type.fileName();
    }

    /** Records held in memory (a GraphQL batch), named by the input list they came from. */
    static DatasetSource inMemoryLines(Map<RecordType, List<String>> linesByType,
                                  Map<RecordType, String> names) {
        return new DatasetSource() {
            @Override
            public Optional<List<String>> lines(RecordType type) {
                return Optional.ofNullable(linesByType.get(type));
            }

            @Override
            public String describe() {
                return "request";
            }

            @Override
            public String sourceName(RecordType type) {
                return names.getOrDefault(type, type.fileName());
            }
        };
    }

    static DatasetSource directory(Path directory) {
        return new DatasetSource() {
            @Override
            public Optional<List<String>> lines(RecordType type) {
                Path file = directory.resolve(type.fileName());
                return Files.isRegularFile(file) ? Optional.of(readLines(file)) : Optional.empty();
            }

            @Override
            public String describe() {
                return directory.toString();
            }
        };
    }

    /** One file of a known record type. */
    static DatasetSource singleFile(RecordType fileType, Path file) {
        return new DatasetSource() {
            @Override
            public Optional<List<String>> lines(RecordType type) {
                return type == fileType ? Optional.of(readLines(file)) : Optional.empty();
            }

            @Override
            public String describe() {
                return file.toString();
            }
        };
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    static DatasetSource classpath(String folder) {
        return new DatasetSource() {
            @Override
            public Optional<List<String>> lines(RecordType type) {
                if (!ClasspathFiles.list(folder).contains(type.fileName())) {
                    return Optional.empty();
                }
                return Optional.of(ClasspathFiles.read(folder + "/" + type.fileName()).lines().toList());
            }

            @Override
            public String describe() {
                return "classpath:" + folder;
            }
        };
    }

    /**
     * Records held in memory. Adapters hand their conversion over this way rather than through
     * files in a temporary directory: nothing to write, clean up or parse again.
     */
    static DatasetSource inMemory(String description, Map<RecordType, List<Map<String, Object>>> records) {
        Map<RecordType, List<Map<String, Object>>> held = new EnumMap<>(RecordType.class);
        records.forEach((type, list) -> held.put(type, List.copyOf(list)));
        return new DatasetSource() {
            @Override
            public Optional<List<Map<String, Object>>> records(RecordType type) {
                return Optional.ofNullable(held.get(type));
            }

            @Override
            public Optional<List<String>> lines(RecordType type) {
                return records(type).map(list -> list.stream().map(JsonLines::format).toList());
            }

            @Override
            public String describe() {
                return description;
            }
        };
    }
}
