package cn.liantu.importer.generator;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Writes one JSON object per line (UTF-8, keys in insertion order, decimals in plain notation). */
final class JsonLinesWriter implements Closeable {

    static final long PROGRESS_EVERY = 100_000;
    static final ObjectMapper JSON = JsonMapper.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private final Path file;
    private final OutputStream out;
    private final GenerationListener listener;
    private long rows;

    JsonLinesWriter(Path file, GenerationListener listener) throws IOException {
        this.file = file;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        this.listener = listener;
        listener.fileStarted(fileName());
    }

    void write(Map<String, Object> row) throws IOException {
        out.write(JSON.writeValueAsBytes(row));
        out.write('\n');
        rows++;
        if (rows % PROGRESS_EVERY == 0) {
            listener.progress(fileName(), rows);
        }
    }

    long rows() {
        return rows;
    }

    String fileName() {
        return file.getFileName().toString();
    }

    @Override
    public void close() throws IOException {
        out.close();
        listener.fileWritten(fileName(), rows, Files.size(file));
    }
}
