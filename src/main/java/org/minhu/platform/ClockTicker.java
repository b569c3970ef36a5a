package org.minhu.platform;

import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Clock;
import java.time.Instant;

/**
 * Caffeine's time, read from the injected {@link Clock} so that tests move it. Every step of the
 * clock counts as time passed, a step back too: a clock set back (a test, a corrected host clock)
 * makes entries due rather than freezing them until the clock has caught up again.
 */
final class ClockTicker implements Ticker {

    private final Clock clock;
    private long lastSeen;
    private long passed;

    ClockTicker(Clock clock) {
        this.clock = clock;
        this.lastSeen = nanos(clock.instant());
    }

    @Override
    public synchronized long read() {
        long now = nanos(clock.instant());
        passed += Math.abs(now - lastSeen);
        lastSeen = now;
        return passed;
    }

    private static long nanos(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000_000L), instant.getNano());
    }
}
