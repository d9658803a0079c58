package cn.liantu.persistence;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Figures that do not depend on the scope (national counts, the enterprises of a segment by
 * revenue), reused for a while by the repositories that load them. They change only when data is
 * imported: an import through this server forgets them all at once ({@link #forget()}); one by
 * another process (an external Neo4j) shows after at most {@link #TTL}.
 */
@Singleton
public class SharedFigures {

    static final Duration TTL = Duration.ofMinutes(5);

    private final List<Cache<?, ?>> caches = new CopyOnWriteArrayList<>();
    private final LongSupplier nanoTime;

    @Inject
    public SharedFigures() {
        this(System::nanoTime);
    }

    SharedFigures(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    /** A cache of its own, forgotten with all the others; when full, it starts again empty. */
    public <K, V> Cache<K, V> cache(int maxEntries) {
        Cache<K, V> cache = new Cache<>(maxEntries);
        caches.add(cache);
        return cache;
    }

    /** Forgets every reused figure: called after data was written. */
    public void forget() {
        caches.forEach(Cache::clear);
    }

    public final class Cache<K, V> {

        private record Timed<V>(V value, long expiresAtNanos) {
        }

        private final int maxEntries;
        private final Map<K, Timed<V>> entries = new ConcurrentHashMap<>();
        private final AtomicLong generation = new AtomicLong();

        private Cache(int maxEntries) {
            this.maxEntries = maxEntries;
        }

        public Optional<V> fresh(K key) {
            Timed<V> entry = entries.get(key);
            return entry != null && nanoTime.getAsLong() - entry.expiresAtNanos() < 0
                    ? Optional.of(entry.value()) : Optional.empty();
        }

        /** The fresh figure of {@code key}, or the one {@code load} gives, kept for next time. */
        public V get(K key, Supplier<V> load) {
            return fresh(key).orElseGet(() -> {
                long before = generation();
                V value = load.get();
                put(key, value, before);
                return value;
            });
        }

        /** Forgets the figure of {@code key} alone. */
        public void forget(K key) {
            generation.incrementAndGet();
            entries.remove(key);
        }

        /**
         * What to pass to {@link #put}: noted before loading, so that a figure loaded while the
         * cache was being forgotten (an import committed meanwhile) is not kept.
         */
        public long generation() {
            return generation.get();
        }

        /** Keeps {@code value} unless figures were forgotten since {@code generationBeforeLoad}. */
        public void put(K key, V value, long generationBeforeLoad) {
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
            entries.put(key, new Timed<>(value, nanoTime.getAsLong() + TTL.toNanos()));
            if (generation.get() != generationBeforeLoad) {
                entries.remove(key); // forgotten while it loaded: it may hold what the data was before
            }
        }

        private void clear() {
            generation.incrementAndGet();
            entries.clear();
        }
    }
}
