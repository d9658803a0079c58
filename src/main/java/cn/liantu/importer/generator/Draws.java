package cn.liantu.importer.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Random draws from seeded generators. Each item of the world (an enterprise, a project …) has
 * its own generator derived from the seed, a stream number and its index, so any item can be
 * recomputed on its own and the files do not depend on the order things are generated in.
 * Generator code uses StrictMath, whose results are the same on every JVM and processor (Math may
 * differ in the last bit), so the same seed gives the same bytes everywhere.
 */
final class Draws {

    private Draws() {
    }

    /** A generator for item {@code index} of stream {@code stream}. */
    static SplittableRandom forItem(long seed, int stream, long index) {
        return new SplittableRandom(mix(mix(seed ^ (0x632BE59BD9B4E019L * (stream + 1))) + index));
    }

    /** SplitMix64's finaliser: spreads nearby inputs over all 64 bits. */
    static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Uniform in [from, to]. */
    static int between(SplittableRandom random, int from, int to) {
        return from + random.nextInt(to - from + 1);
    }

    static double between(SplittableRandom random, double from, double to) {
        return from + random.nextDouble() * (to - from);
    }

    static <T> T pick(SplittableRandom random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** Log-normal around {@code median}: exp(N(ln median, sigma²)). */
    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * StrictMath.exp(sigma * gaussian(random));
    }

    static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2.0 * Math.PI * v);
    }

    /** Small counts with mean {@code mean} (Knuth's method; fine for means below ~20). */
    static int poisson(SplittableRandom random, double mean) {
        double limit = StrictMath.exp(-mean);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** Index drawn with probability proportional to {@code weights[i]}. */
    static int weighted(SplittableRandom random, double[] weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double target = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            target -= weights[i];
            if (target < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    static LocalDate date(SplittableRandom random, LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays(random.nextLong(days + 1));
    }

    /** Money and areas are written with one decimal, in plain notation. */
    static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }
}
