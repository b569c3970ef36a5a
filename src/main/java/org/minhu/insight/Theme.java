package org.minhu.insight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * 每月一题: the month's problem, its lead department and plan (一方案), its tasks in three lists
 * (三清单), and the category's tickets month by month from six months before to now
 * ({@code months} and {@code tickets}), to see them fall or not.
 */
public record Theme(long id, YearMonth month, String categoryCode, String title, String leadUnitCode, String plan,
                    Instant chosenAt, String chosenBy, List<Task> tasks, List<YearMonth> months, List<Long> tickets) {

    /** One task of a list: {@code POLICY}, {@code TASK} or {@code RESPONSIBILITY}; done when {@code doneAt} is set. */
    public record Task(long id, String list, String description, String unitCode, LocalDate dueOn, Instant doneAt,
                       String doneBy, String doneNote, boolean overdue) {
    }
}
