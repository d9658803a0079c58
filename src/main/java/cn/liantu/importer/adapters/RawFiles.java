package cn.liantu.importer.adapters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The text files of a raw dataset, by file name, as lines (UTF-8; \n, \r\n and \r all end a line). */
public record RawFiles(Map<String, List<String>> linesByName) {

    public RawFiles {
        linesByName = Map.copyOf(linesByName);
    }

    /** Reads the named files of {@code folder}; a missing file fails with its path. */
    public static RawFiles read(Path folder, List<String> names) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (String name : names) {
            Path file = folder.resolve(name);
            try {
                lines.put(name, Files.readAllLines(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
        }
        return new RawFiles(lines);
    }

    /** Files given as text, e.g. small samples in tests: name, content, name, content ... */
    public static RawFiles of(String... namesAndContents) {
        Map<String, List<String>> lines = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            lines.put(namesAndContents[i], namesAndContents[i + 1].lines().toList());
        }
        return new RawFiles(lines);
    }

    /** The lines of a file; empty when the dataset lacks it. */
    public List<String> lines(String name) {
        return linesByName.getOrDefault(name, List.of());
    }

    public String text(String name) {
        return String.join("\n", lines(name));
    }
}
