package org.minhu.directory;

import java.time.Instant;
import java.util.Map;

/** One administrative change as listed: when, who, what ({@code action}), to whom or what, and its details. */
public record AdminEvent(long id, Instant at, String actor, String action, String target, Map<String, Object> data) {
}
