package cn.liantu.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SharedFiguresTest {

    private final AtomicLong now = new AtomicLong();
    private final SharedFigures shared = new SharedFigures(now::get);

    @Test
    void aFigureIsReusedUntilItsTimeIsUp() {
        SharedFigures.Cache<String, Integer> cache = shared.cache(10);
        cache.put("nev", 1, cache.generation());

        now.addAndGet(SharedFigures.TTL.toNanos() - 1);
        assertThat(cache.fresh("nev")).contains(1);
        now.incrementAndGet();
        assertThat(cache.fresh("nev")).isEmpty();
        assertThat(cache.fresh("other")).isEmpty();
    }

    @Test
    void aFigureIsLoadedOnceWhileFreshAndAgainWhenItsTimeIsUp() {
        SharedFigures.Cache<String, Integer> cache = shared.cache(10);
        AtomicLong loads = new AtomicLong();

        assertThat(cache.get("nev", () -> (int) loads.incrementAndGet())).isEqualTo(1);
        assertThat(cache.get("nev", () -> (int) loads.incrementAndGet())).isEqualTo(1);
        now.addAndGet(SharedFigures.TTL.toNanos());
        assertThat(cache.get("nev", () -> (int) loads.incrementAndGet())).isEqualTo(2);
        assertThat(loads).hasValue(2);
    }

    @Test
    void aFigureLoadedWhileTheCacheWasForgottenIsNotKept() {
        SharedFigures.Cache<String, Integer> cache = shared.cache(10);

        // An import commits and forgets the figures while this load still reads the old data.
        assertThat(cache.get("nev", () -> {
            shared.forget();
            return 1;
        })).isEqualTo(1);
        assertThat(cache.fresh("nev")).isEmpty();
        assertThat(cache.get("nev", () -> 2)).isEqualTo(2);
        assertThat(cache.fresh("nev")).contains(2);

        long before = cache.generation();
        cache.forget("other");
        cache.put("nev", 3, before);
        assertThat(cache.fresh("nev")).as("not kept, and loaded again next time").isEmpty();
    }

    @Test
    void forgettingEmptiesEveryCache() {
        SharedFigures.Cache<String, Integer> counts = shared.cache(10);
        SharedFigures.Cache<String, String> names = shared.cache(10);
        counts.put("nev", 1, counts.generation());
        names.put("nev", "新能源汽车", names.generation());

        shared.forget();

        assertThat(counts.fresh("nev")).isEmpty();
        assertThat(names.fresh("nev")).isEmpty();
    }

    @Test
    void aFullCacheStartsAgainEmpty() {
        SharedFigures.Cache<String, Integer> cache = shared.cache(2);
        cache.put("a", 1, cache.generation());
        cache.put("b", 2, cache.generation());
        cache.put("c", 3, cache.generation());

        assertThat(cache.fresh("a")).isEmpty();
        assertThat(cache.fresh("c")).contains(3);
    }
}
