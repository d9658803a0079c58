package cn.liantu.analysis;

/** Rounding and safe ratios shared by the analyses. */
final class Numbers {

    private Numbers() {
    }

    /** {@code part / whole}, or 0 when the whole is not positive. */
    static double ratio(double part, double whole) {
        return whole > 0 ? part / whole : 0;
    }

    static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }

    static double round4(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
