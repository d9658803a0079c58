package cn.liantu.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists and reads resource files of one classpath folder, from a directory or from the jar. */
public final class ClasspathFiles {

    private ClasspathFiles() {
    }

    /** File names (not paths) directly in {@code folder}, sorted; empty when it does not exist. */
    public static List<String> list(String folder) {
        URL url = ClasspathFiles.class.getClassLoader().getResource(folder);
        if (url == null) {
            return List.of();
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                return listInJar(uri);
            }
            return listNames(Path.of(uri));
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot list classpath folder " + folder, e);
        }
    }

    public static String read(String path) {
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing classpath resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read classpath resource " + path, e);
        }
    }

    private static List<String> listInJar(URI uri) throws IOException {
        FileSystem fileSystem;
        try {
            fileSystem = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            fileSystem = FileSystems.getFileSystem(uri);
        }
        String inside = uri.getSchemeSpecificPart().substring(uri.getSchemeSpecificPart().indexOf("!") + 1);
        return listNames(fileSystem.getPath(inside));
    }

    private static List<String> listNames(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(path -> path.getFileName().toString())
                    .sorted()
                    .toList();
        }
    }
}
