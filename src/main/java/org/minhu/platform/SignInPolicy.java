package org.minhu.platform;

import java.time.Duration;
import java.time.Instant;

/**
 * When failed sign-ins block a user name or an address, without Spring. {@code threshold}
 * failures within {@code window} block the key for {@code firstBlock}; each failure after a block
 * doubles it, up to {@code longestBlock}; a key left quiet for a window after its last block starts
 * afresh. Attempts during a block are refused unchecked and do not count, so nobody can keep the
 * rightful user out for good.
 */
record SignInPolicy(int threshold, Duration window, Duration firstBlock, Duration longestBlock) {

    /** What is known of one key. */
    record State(int failures, Instant windowStart, Instant blockedUntil) {

        static final State NONE = new State(0, Instant.EPOCH, null);

        boolean blockedAt(Instant now) {
            return blockedUntil != null && now.isBefore(blockedUntil);
        }
    }

    /** The state after one more failure at {@code now}. */
    State failed(State before, Instant now) {
        Instant quietSince = before.blockedUntil() != null && before.blockedUntil().isAfter(before.windowStart())
                ? before.blockedUntil() : before.windowStart();
        boolean fresh = before.failures() == 0 || !now.isBefore(quietSince.plus(window));
        int failures = fresh ? 1 : before.failures() + 1;
        Instant windowStart = fresh ? now : before.windowStart();
        if (failures < threshold) {
            return new State(failures, windowStart, null);
        }
        int doublings = Math.min(failures - threshold, 20);
        Duration block = firstBlock.multipliedBy(1L << doublings);
        if (block.compareTo(longestBlock) > 0) {
            block = longestBlock;
        }
        return new State(failures, windowStart, now.plus(block));
    }
}
