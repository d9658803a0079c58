package cn.liantu.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.liantu.importer.generator.GeneratorOptions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @Test
    void readsEnterprisesSeedAndDirectoryInEitherOptionForm() {
        assertThat(GenerateCommand.parse(List.of("--enterprises", "100_000", "--seed", "7", "out")))
                .isEqualTo(new GeneratorOptions(100_000, 7, Path.of("out")));
        assertThat(GenerateCommand.parse(List.of("out", "--enterprises=2,500")))
                .isEqualTo(new GeneratorOptions(2_500, GenerateCommand.DEFAULT_SEED, Path.of("out")));
    }

    @Test
    void saysWhatIsWrongWithTheArguments() {
        assertUsageError(List.of("out"), "Say how many enterprises to generate: --enterprises N.");
        assertUsageError(List.of("--enterprises", "1000"), "Say which directory to write the files into.");
        assertUsageError(List.of("--enterprises", "999", "out"),
                "--enterprises: the number of enterprises must be between 1,000 and 1,000,000, got 999.");
        assertUsageError(List.of("--enterprises", "2000000", "out"),
                "--enterprises: the number of enterprises must be between 1,000 and 1,000,000, got 2,000,000.");
        assertUsageError(List.of("--enterprises", "many", "out"),
                "--enterprises needs a whole number from 1,000 to 1,000,000, got 'many'.");
        assertUsageError(List.of("--enterprises", "1000", "--seed", "x", "out"),
                "--seed needs a whole number, got 'x'.");
        assertUsageError(List.of("--enterprises", "1000", "--seed"), "--seed needs a value.");
        assertUsageError(List.of("--enterprises", "1000", "--firms", "out"), "Unknown option --firms.");
        assertUsageError(List.of("--enterprises", "1000", "a", "b"), "Give one output directory, not a and b.");
    }

    private static void assertUsageError(List<String> arguments, String message) {
        assertThatThrownBy(() -> GenerateCommand.parse(arguments)).isInstanceOf(Commands.UsageException.class)
                .hasMessage(message);
    }

    @Test
    void writesTheFilesAndReportsRowsAndRate(@TempDir Path directory) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path target = directory.resolve("world");
        int exit = new GenerateCommand().run(List.of("--enterprises", "1000", "--seed", "3", target.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);

        assertThat(exit).isZero();
        assertThat(target.resolve("enterprises.jsonl")).exists();
        assertThat(target.resolve("manifest.json")).exists();
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("Generating 1,000 enterprises (seed 3)")
                .containsPattern("enterprises\\.jsonl +1,000 rows")
                .containsPattern("Done: [\\d,]+ rows in 12 files, [\\d.]+ MB, in [\\d.]+ s \\([\\d,]+ rows/s\\)");
    }

    @Test
    void refusesAFileAsTheOutputDirectory(@TempDir Path directory) throws Exception {
        Path file = Files.writeString(directory.resolve("taken"), "x");
        assertUsageError(List.of("--enterprises", "1000", file.toString()), file + " is a file, not a directory.");
    }
}
