package org.minhu.assessment;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import org.minhu.platform.MinhuException;
import org.minhu.platform.MinhuSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes last month by itself once this month has reached {@code minhu.assessment.run-day} at
 * {@code run-at}: every node asks every five minutes, the claim lets one of them run it.
 */
@Component
class AssessmentSchedule {

    private static final Logger log = LoggerFactory.getLogger(AssessmentSchedule.class);

    private final AssessmentRuns runs;
    private final PublishedScores published;
    private final Clock clock;
    private final ZoneId zone;
    private final MinhuSettings.Assessment settings;

    AssessmentSchedule(AssessmentRuns runs, PublishedScores published, Clock clock, ZoneId cityZone,
                       MinhuSettings settings) {
        this.runs = runs;
        this.published = published;
        this.clock = clock;
        this.zone = cityZone;
        this.settings = settings.assessment();
    }

    @Scheduled(initialDelayString = "PT1M", fixedDelayString = "PT5M")
    void tick() {
        if (settings.autoRun()) {
            runIfDue();
        }
    }

    /** Scores the months not yet published (this one, and last month until it is) for their readers. */
    @Scheduled(initialDelayString = "PT20S", fixedDelayString = "${minhu.assessment.preview-interval:PT10M}")
    void previewTick() {
        if (settings.autoRun()) {
            refreshPreviews();
        }
    }

    void refreshPreviews() {
        YearMonth current = YearMonth.from(clock.instant().atZone(zone));
        for (YearMonth month : java.util.List.of(current.minusMonths(1), current)) {
            if (published.current(month).isEmpty()) {
                try {
                    runs.preview(month);
                } catch (MinhuException e) {
                    log.info("The assessment of {} is being scored by another node ({})", month, e.code());
                }
            }
        }
    }

    /** Publishes last month if the run day and time have come and it is not published yet. */
    void runIfDue() {
        LocalDateTime now = clock.instant().atZone(zone).toLocalDateTime();
        YearMonth last = YearMonth.from(now).minusMonths(1);
        LocalDateTime due = YearMonth.from(now).atDay(settings.runDay()).atTime(settings.runAt());
        if (now.isBefore(due) || published.current(last).isPresent()) {
            return;
        }
        try {
            runs.runUnlessPublished(last, "system")
                    .ifPresent(run -> log.info("Published the assessment of {} (run {})", last, run));
        } catch (MinhuException e) {
            log.info("The assessment of {} is being published by another node ({})", last, e.code());
        }
    }
}
