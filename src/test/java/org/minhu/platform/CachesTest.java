package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minhu.support.TestClock;

/** Caches run on the injected clock: a test moves it to expire or refresh an entry, no sleeping. No Spring. */
class CachesTest {

    final TestClock clock = new TestClock(Instant.parse("2026-11-22T01:00:00Z"));

    @Test
    void anEntryExpiresWhenTheClockPassesItsLifetime() {
        Cache<String, String> cache = Caches.on(clock).expireAfterWrite(Duration.ofMinutes(1)).build();
        cache.put("k", "v");

        clock.advance(Duration.ofSeconds(59));
        assertThat(cache.getIfPresent("k")).isEqualTo("v");
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.getIfPresent("k")).isNull();
    }

    @Test
    void aClockSetBackCountsAsTimePassedRatherThanFreezingTheEntries() {
        Cache<String, String> cache = Caches.on(clock).expireAfterWrite(Duration.ofMinutes(1)).build();
        cache.put("k", "v");

        clock.set(Instant.parse("2025-03-03T02:00:00Z"));
        assertThat(cache.getIfPresent("k")).isNull();
    }

    @Test
    void theReaderWhoFindsARefreshDueGetsTheFreshValue() {
        AtomicInteger reads = new AtomicInteger();
        LoadingCache<String, Integer> cache = Caches.on(clock).refreshAfterWrite(Duration.ofSeconds(30))
                .build(key -> reads.incrementAndGet());
        assertThat(cache.get("k")).isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        assertThat(cache.get("k")).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        assertThat(cache.get("k")).isEqualTo(2);
        assertThat(reads).hasValue(2);
    }

    @Test
    void aFailedRereadKeepsTheValueAndTriesAgainOnlyWhenTheNextRefreshIsDue() {
        AtomicInteger reads = new AtomicInteger();
        AtomicBoolean down = new AtomicBoolean();
        LoadingCache<String, Integer> cache = Caches.on(clock).refreshAfterWrite(Duration.ofSeconds(30))
                .build(Caches.keeping("the test table", key -> {
                    reads.incrementAndGet();
                    if (down.get()) {
                        throw new IllegalStateException("database unreachable");
                    }
                    return reads.get();
                }));
        assertThat(cache.get("k")).isEqualTo(1);

        down.set(true);
        clock.advance(Duration.ofSeconds(31));
        assertThat(cache.get("k")).isEqualTo(1);
        assertThat(cache.get("k")).isEqualTo(1);
        assertThat(reads).hasValue(2); // one failed try, not one per read

        down.set(false);
        clock.advance(Duration.ofSeconds(31));
        assertThat(cache.get("k")).isEqualTo(3);
    }
}
