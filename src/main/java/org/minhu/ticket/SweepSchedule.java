package org.minhu.ticket;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.minhu.calendar.CalendarYearEntered;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the {@link DeadlineSweep} and the {@link DeadlineRecompute} every {@code minhu.sweep.interval},
 * and the recompute at once (in the background) when an administrator entered a calendar year on
 * this node; off with {@code minhu.sweep.enabled=false}.
 */
@Component
@ConditionalOnProperty(name = "minhu.sweep.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final DeadlineSweep sweep;
    private final DeadlineRecompute recompute;
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("deadline-recompute").daemon().factory());
    private final AtomicBoolean queued = new AtomicBoolean();

    SweepSchedule(DeadlineSweep sweep, DeadlineRecompute recompute) {
        this.sweep = sweep;
        this.recompute = recompute;
    }

    @Scheduled(fixedDelayString = "${minhu.sweep.interval:PT1M}", initialDelayString = "${minhu.sweep.initial-delay:PT30S}")
    void run() {
        int marked = sweep.sweep();
        if (marked > 0) {
            log.info("Deadline sweep marked {} breaches", marked);
        }
        recomputeNow();
    }

    @EventListener
    void yearEntered(CalendarYearEntered entered) {
        if (queued.compareAndSet(false, true)) {
            background.execute(() -> {
                queued.set(false);
                recomputeNow();
            });
        }
    }

    private void recomputeNow() {
        try {
            int taken = recompute.recompute();
            if (taken > 0) {
                log.info("Recomputed the provisional deadlines of {} tickets with the official calendar", taken);
            }
        } catch (RuntimeException e) {
            log.warn("Recomputing provisional deadlines failed; the next sweep tries again", e);
        }
    }

    @Override
    public void destroy() {
        background.shutdownNow();
    }
}
