package org.minhu.ticket;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the {@link DeadlineSweep} every {@code minhu.sweep.interval}; off with {@code minhu.sweep.enabled=false}. */
@Component
@ConditionalOnProperty(name = "minhu.sweep.enabled", havingValue = "true", matchIfMissing = true)
class SweepSchedule {

    private static final Logger log = LoggerFactory.getLogger(SweepSchedule.class);

    private final DeadlineSweep sweep;

    SweepSchedule(DeadlineSweep sweep) {
        this.sweep = sweep;
    }

    @Scheduled(fixedDelayString = "${minhu.sweep.interval:PT1M}", initialDelayString = "${minhu.sweep.initial-delay:PT30S}")
    void run() {
        int marked = sweep.sweep();
        if (marked > 0) {
            log.info("Deadline sweep marked {} breaches", marked);
        }
    }
}
