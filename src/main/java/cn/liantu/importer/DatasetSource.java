package cn.liantu.importer;

import cn.liantu.persistence.ClasspathFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Where the files of a dataset come from: a directory on disk, or a folder inside the jar. */
public interface DatasetSource {

    /** The lines of the file for {@code type}, or empty when the dataset has no such file. */
    Optional<List<String>> lines(RecordType type);

    String describe();

    /** How the report names where a record of {@code type} came from. */
    default String sourceName(RecordType type) {
        return type.fileName();
    }

    /** Records held in memory (a GraphQL batch), named by the input list they came from. */
    static DatasetSource inMemory(java.util.Map<RecordType, List<String>> linesByType,
                                  java.util.Map<RecordType, String> names) {
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
                if (!Files.isRegularFile(file)) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
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
                if (type != fileType) {
                    return Optional.empty();
                }
                try {
                    return Optional.of(Files.readAllLines(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
            }

            @Override
            public String describe() {
                return file.toString();
            }
        };
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
}
