package org.minhu.assessment;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.YearMonth;
import java.util.function.Supplier;
import org.minhu.platform.Caches;
import org.springframework.stereotype.Component;

/**
 * The 七有五性 figures of months that are over, kept a minute: their requests no longer change, so
 * the monitor and the review pack need not count them at every reading. A mapping changed here
 * empties it at once; another node's change shows within the minute.
 */
@Component
class LivelihoodCache {

    private record Key(YearMonth month, String place) {
    }

    private final Cache<Key, LivelihoodMonth> months;

    LivelihoodCache(Clock clock) {
        this.months = Caches.on(clock).expireAfterWrite(Duration.ofMinutes(1)).maximumSize(500).build();
    }

    LivelihoodMonth month(YearMonth month, String place, boolean over, Supplier<LivelihoodMonth> count) {
        return over ? months.get(new Key(month, place), k -> count.get()) : count.get();
    }

    void forget() {
        months.invalidateAll();
    }
}
