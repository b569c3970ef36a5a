package org.minhu.platform;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one way to build an in-memory cache: Caffeine on the injected {@link Clock} (tests move it
 * to expire or refresh an entry). A due refresh runs in the thread that finds it due, which gets
 * the fresh value; other readers meanwhile keep the value they had. No background threads.
 */
public final class Caches {

    private static final Logger log = LoggerFactory.getLogger(Caches.class);

    private Caches() {
    }

    /** A Caffeine builder whose time is this clock's. */
    public static Caffeine<Object, Object> on(Clock clock) {
        return Caffeine.newBuilder().ticker(new ClockTicker(clock)).executor(Runnable::run);
    }

    /**
     * A loader for a copy of a table: {@code read} loads it. When reading it again fails, the copy
     * in hand is kept and the failure logged once, until the next refresh is due (Caffeine alone
     * would try again, and log, at every read while the database is away).
     */
    public static <K, V> CacheLoader<K, V> keeping(String what, Function<K, V> read) {
        return new CacheLoader<>() {
            @Override
            public V load(K key) {
                return read.apply(key);
            }

            @Override
            public V reload(K key, V old) {
                try {
                    return read.apply(key);
                } catch (RuntimeException e) {
                    log.warn("Cannot read {} again; keeping what was read before until the next try", what, e);
                    return old;
                }
            }
        };
    }
}
