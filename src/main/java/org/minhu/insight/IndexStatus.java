package org.minhu.insight;

import java.time.Instant;

/**
 * A node's index as its administrator sees it: its state, how many tickets it holds and how
 * large it is, how far a rebuild has got ({@code built} of {@code toBuild}, when one runs), and
 * when it last caught up with the log.
 */
public record IndexStatus(IndexState state, boolean rebuilding, long documents, long bytes, long built, long toBuild,
                          Instant followedAt) {
}
