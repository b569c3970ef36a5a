package org.minhu.demo;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.minhu.assessment.Assessments;
import org.minhu.platform.MinhuException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The demo's months as the assessment has them: the months before the current one published, as
 * the schedule would have at each month's end, recorded as run by {@value #BY} for the reason
 * {@value #REASON}; and the current month's preview scored afresh once the load is committed.
 */
@Component
class DemoAssessments {

    static final String BY = "demo-loader";
    static final String REASON = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAssessments.class);
    /** A preview of the month by the schedule holds it for a moment; wait that long at most. */
    private static final int ATTEMPTS = 15;

    private final Assessments assessments;

    DemoAssessments(Assessments assessments) {
        this.assessments = assessments;
    }

    /** Publishes the {@code months} months before {@code present}, oldest first: each rank change reads the month before. */
    List<YearMonth> publish(YearMonth present, int months) {
        List<YearMonth> published = new ArrayList<>();
        for (YearMonth m = present.minusMonths(months); m.isBefore(present); m = m.plusMonths(1)) {
            publishMonth(m, 1);
            published.add(m);
        }
        return published;
    }

    /** Scores the current month's preview now, so that it shows the loaded tickets at once. */
    void preview(YearMonth present) {
        try {
            assessments.refreshPreview(present);
        } catch (MinhuException e) { // another node scores it right now, after the load: as good
            log.info("The preview of {} is being scored elsewhere ({})", present, e.code());
        }
    }

    private void publishMonth(YearMonth month, int attempt) {
        try {
            assessments.publishAsSystem(month, BY, REASON);
        } catch (MinhuException e) {
            if (!"ASSESSMENT_RUNNING".equals(e.code()) || attempt == ATTEMPTS) {
                throw e;
            }
            pause();
            publishMonth(month, attempt + 1);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to publish the demo's months", e);
        }
    }
}
