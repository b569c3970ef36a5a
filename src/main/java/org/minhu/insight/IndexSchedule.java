package org.minhu.insight;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the node's index: opens it when the application is up (and builds it in the background
 * when it is missing, unfinished or unreadable), follows the log every {@code follow-interval},
 * and rebuilds on an administrator's demand or when following finds the index broken.
 */
@Component
class IndexSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexSchedule.class);

    private final TicketIndex index;
    private final IndexBuilder builder;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("index-rebuild").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    IndexSchedule(TicketIndex index, IndexBuilder builder) {
        this.index = index;
        this.builder = builder;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!index.open()) {
            rebuild();
        }
    }

    @Scheduled(fixedDelayString = "${minhu.search.follow-interval:PT1S}", initialDelay = 1000)
    void follow() {
        try {
            index.follow();
        } catch (RuntimeException e) {
            if (e.getCause() instanceof org.apache.lucene.index.CorruptIndexException
                    || e instanceof org.apache.lucene.store.AlreadyClosedException) {
                log.error("Search index broken while following the log; rebuilding", e);
                rebuild();
            } else {
                log.warn("Search index could not follow the log this time: {}", e.toString());
            }
        }
    }

    /** Starts a rebuild in the background unless one is queued or running; false when one already is. */
    boolean rebuild() {
        if (!queued.compareAndSet(false, true)) {
            return false;
        }
        background.execute(() -> {
            long start = System.nanoTime();
            try {
                index.rebuild(builder);
                log.info("Search index rebuilt: {} tickets in {} s", index.generation().documents(),
                        (System.nanoTime() - start) / 1_000_000_000);
            } catch (Exception e) {
                log.error("Search index rebuild failed", e);
            } finally {
                queued.set(false);
            }
        });
        return true;
    }

    /** Whether a rebuild is queued or running. */
    boolean busy() {
        return queued.get();
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
