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
        cache.put("nev", 1);

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
    void forgettingEmptiesEveryCache() {
        SharedFigures.Cache<String, Integer> counts = shared.cache(10);
        SharedFigures.Cache<String, String> names = shared.cache(10);
        counts.put("nev", 1);
        names.put("nev", "新能源汽车");

        shared.forget();

        assertThat(counts.fresh("nev")).isEmpty();
        assertThat(names.fresh("nev")).isEmpty();
    }

    @Test
    void aFullCacheStartsAgainEmpty() {
        SharedFigures.Cache<String, Integer> cache = shared.cache(2);
        cache.put("a", 1);
        cache.put("b", 2);
        cache.put("c", 3);

        assertThat(cache.fresh("a")).isEmpty();
        assertThat(cache.fresh("c")).contains(3);
    }
}
