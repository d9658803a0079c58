package cn.liantu.cli;

import cn.liantu.importer.generator.GenerationListener;
import cn.liantu.importer.generator.GenerationSummary;
import cn.liantu.importer.generator.GeneratorOptions;
import cn.liantu.importer.generator.SyntheticWorld;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** {@code generate --enterprises N [--seed S] DIR}: writes a synthetic world in the import format. */
final class GenerateCommand implements Command {

    static final long DEFAULT_SEED = 1;
    private static final long PROGRESS_INTERVAL_NANOS = 2_000_000_000L;

    @Override
    public String name() {
        return "generate";
    }

    @Override
    public String usage() {
        return "generate --enterprises N [--seed S] DIR   a synthetic world to import (same seed, same files)";
    }

    @Override
    public int run(List<String> arguments, PrintStream out, PrintStream err) {
        GeneratorOptions options = parse(arguments);
        out.printf(Locale.ROOT, "Generating %,d enterprises (seed %d) into %s%n", options.enterprises(),
                options.seed(), options.outputDirectory());
        long started = System.nanoTime();
        GenerationSummary summary;
        try {
            summary = SyntheticWorld.generate(options, new ProgressPrinter(out, started));
        } catch (IOException e) {
            err.println("Cannot write " + options.outputDirectory() + ": " + e.getMessage());
            return 1;
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        out.printf(Locale.ROOT, "Done: %,d rows in %d files, %.1f MB, in %.1f s (%,.0f rows/s), plus %s.%n",
                summary.totalRows(), summary.rowsByFile().size(), summary.bytes() / 1e6, seconds,
                summary.totalRows() / seconds, SyntheticWorld.MANIFEST);
        return 0;
    }

    static GeneratorOptions parse(List<String> arguments) {
        Integer enterprises = null;
        long seed = DEFAULT_SEED;
        Path directory = null;
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            String option = argument.contains("=") ? argument.substring(0, argument.indexOf('=')) : argument;
            if (option.equals("--enterprises") || option.equals("--seed")) {
                String value = argument.contains("=") ? argument.substring(argument.indexOf('=') + 1)
                        : valueAfter(arguments, i++, option);
                if (option.equals("--enterprises")) {
                    enterprises = enterprises(value);
                } else {
                    seed = seed(value);
                }
            } else if (argument.startsWith("-")) {
                throw new Commands.UsageException("Unknown option " + argument + ".");
            } else if (directory != null) {
                throw new Commands.UsageException(
                        "Give one output directory, not " + directory + " and " + argument + ".");
            } else {
                directory = Path.of(argument);
            }
        }
        if (enterprises == null) {
            throw new Commands.UsageException("Say how many enterprises to generate: --enterprises N.");
        }
        if (directory == null) {
            throw new Commands.UsageException("Say which directory to write the files into.");
        }
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new Commands.UsageException(directory + " is a file, not a directory.");
        }
        try {
            return new GeneratorOptions(enterprises, seed, directory);
        } catch (IllegalArgumentException e) {
            throw new Commands.UsageException("--enterprises: " + e.getMessage() + ".");
        }
    }

    private static String valueAfter(List<String> arguments, int index, String option) {
        if (index + 1 >= arguments.size()) {
            throw new Commands.UsageException(option + " needs a value.");
        }
        return arguments.get(index + 1);
    }

    /** A whole number; 100_000 and 100,000 are accepted. */
    private static int enterprises(String value) {
        String digits = value.replace("_", "").replace(",", "");
        if (!digits.matches("\\d{1,9}")) {
            throw new Commands.UsageException("--enterprises needs a whole number from "
                    + String.format(Locale.ROOT, "%,d to %,d", GeneratorOptions.MIN_ENTERPRISES,
                    GeneratorOptions.MAX_ENTERPRISES) + ", got '" + value + "'.");
        }
        return Integer.parseInt(digits);
    }

    private static long seed(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new Commands.UsageException("--seed needs a whole number, got '" + value + "'.");
        }
    }

    /** Prints each file as it is finished, and a large file's progress at most every two seconds. */
    private static final class ProgressPrinter implements GenerationListener {
        private final PrintStream out;
        private final long started;
        private final Map<String, Long> fileStarted = new HashMap<>();
        private long lastPrinted;

        ProgressPrinter(PrintStream out, long started) {
            this.out = out;
            this.started = started;
            this.lastPrinted = started;
        }

        @Override
        public void fileStarted(String fileName) {
            fileStarted.put(fileName, System.nanoTime());
        }

        @Override
        public void progress(String fileName, long rows) {
            long now = System.nanoTime();
            if (now - lastPrinted < PROGRESS_INTERVAL_NANOS) {
                return;
            }
            lastPrinted = now;
            out.printf(Locale.ROOT, "  %-22s %,12d rows so far (%,.0f rows/s)%n", fileName, rows,
                    rows / ((now - fileStarted.getOrDefault(fileName, started)) / 1e9));
        }

        @Override
        public void fileWritten(String fileName, long rows, long bytes) {
            out.printf(Locale.ROOT, "  %-22s %,12d rows %9.1f MB   at %.1f s%n", fileName, rows, bytes / 1e6,
                    (System.nanoTime() - started) / 1e9);
        }
    }
}
