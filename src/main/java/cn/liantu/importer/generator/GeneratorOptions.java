package cn.liantu.importer.generator;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * What to generate: how many enterprises, from which seed, into which directory. The same
 * options always give byte-identical files.
 */
public record GeneratorOptions(int enterprises, long seed, Path outputDirectory) {

    public static final int MIN_ENTERPRISES = 1_000;
    public static final int MAX_ENTERPRISES = 1_000_000;

    public GeneratorOptions {
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        if (enterprises < MIN_ENTERPRISES || enterprises > MAX_ENTERPRISES) {
            throw new IllegalArgumentException("the number of enterprises must be between "
                    + String.format(Locale.ROOT, "%,d and %,d", MIN_ENTERPRISES, MAX_ENTERPRISES) + ", got "
                    + String.format(Locale.ROOT, "%,d", enterprises));
        }
    }
}
