package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** A month published on the system's account (a bulk load's), recorded by the name and reason it gives. */
class SystemRunTest extends ApiTestSupport {

    /** Long before every other test's months, so that no rank change of theirs reads it. */
    static final YearMonth JUNE_2023 = YearMonth.of(2023, 6);
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    Assessments assessments;

    @Test
    void aMonthThatIsOverIsPublishedAsTheLoaderSaysAndAgainKeepsTheFirstRun() {
        long first = assessments.publishAsSystem(JUNE_2023, "a-loader", "loaded");
        assessments.refreshPreview(JUNE_2023); // published: left as it is
        long second = assessments.publishAsSystem(JUNE_2023, "a-loader", "loaded again");

        var runs = assessments.runs(JUNE_2023);
        assertThat(runs).extracting(PublishedScores.Run::id).containsExactly(second, first);
        assertThat(runs).extracting(PublishedScores.Run::runBy).containsOnly("a-loader");
        assertThat(runs).extracting(PublishedScores.Run::reason).containsExactly("loaded again", "loaded");
        assertThat(runs).extracting(PublishedScores.Run::current).containsExactly(true, false);
    }

    @Test
    void theCurrentMonthIsNotPublished() {
        assertThatThrownBy(() -> assessments.publishAsSystem(YearMonth.from(clock.instant().atZone(BEIJING)), "a-loader", "x"))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("INVALID_PARAMETER");
    }
}
