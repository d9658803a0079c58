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
