package cn.liantu.domain;

import java.util.Optional;
import java.util.function.Function;

/** The region hierarchy walked upwards: country, province, city, county. */
public final class RegionTree {

    /** More levels than China's four, so a cycle in bad data cannot loop forever. */
    private static final int MAX_DEPTH = 8;

    private RegionTree() {
    }

    /** Whether {@code code} is {@code ancestor} or lies below it, with regions looked up by {@code regionOf}. */
    public static boolean contains(String ancestor, String code, Function<String, Optional<Region>> regionOf) {
        String current = code;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            if (current.equals(ancestor)) {
                return true;
            }
            current = regionOf.apply(current).map(Region::parentCode).orElse(null);
        }
        return false;
    }
}
