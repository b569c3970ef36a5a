package org.minhu.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * An emergency topic (紧急专题) as its readers see it: its tag and title, its pinned articles,
 * when it was opened and closed, and the tickets tagged with it: in all and in the last hour.
 */
public record Topic(long id, String tag, String title, List<Long> articleIds, Instant openedAt, String openedBy,
                    Instant closedAt, long tickets, long lastHour) {
}
