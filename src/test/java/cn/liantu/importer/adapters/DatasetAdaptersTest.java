package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetAdaptersTest {

    @Test
    void recognisesARawDatasetByItsFileNames(@TempDir Path folder) throws IOException {
        for (String name : new ChainKgAdapter().fileNames()) {
            Files.writeString(folder.resolve(name), "");
        }

        assertThat(DatasetAdapters.detect(folder)).map(DatasetAdapter::name).contains("chain-kg");
    }

    @Test
    void aFolderMissingOneOfTheFilesIsNotThatDataset(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("provinces.csv"), "code,name\n");
        Files.writeString(folder.resolve("cities.csv"), "code,name,provinceCode\n");

        assertThat(DatasetAdapters.detect(folder)).isEmpty();
    }

    @Test
    void aFolderInTheImportFormatIsNoRawDataset(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("regions.jsonl"), "{\"code\": \"CN\"}\n");
        Files.writeString(folder.resolve("parks.jsonl"), "");

        assertThat(DatasetAdapters.detect(folder)).isEmpty();
    }

    @Test
    void everyAdapterHasItsOwnFiles() {
        assertThat(DatasetAdapters.all()).extracting(DatasetAdapter::name)
                .containsExactly("regions", "industry-classification", "chain-kg", "dev-zones");
        assertThat(DatasetAdapters.all().stream().flatMap(adapter -> adapter.fileNames().stream())).doesNotHaveDuplicates();
    }
}
