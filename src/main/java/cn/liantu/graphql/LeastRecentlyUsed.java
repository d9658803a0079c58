package cn.liantu.graphql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bounded maps for what is derived from the documents clients send again and again. */
final class LeastRecentlyUsed {

    private LeastRecentlyUsed() {
    }

    /** A thread-safe map of at most {@code capacity} entries; the least recently used goes first. */
    static <K, V> Map<K, V> map(int capacity) {
        return Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        });
    }
}
