package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When failed sign-ins block a key, without Spring. */
class SignInPolicyTest {

    static final SignInPolicy FIVE = new SignInPolicy(5, Duration.ofMinutes(15), Duration.ofMinutes(1), Duration.ofMinutes(15));
    static final Instant T0 = Instant.parse("2026-11-30T01:00:00Z");

    static SignInPolicy.State failTimes(int n, Instant at) {
        SignInPolicy.State s = SignInPolicy.State.NONE;
        for (int i = 0; i < n; i++) {
            s = FIVE.failed(s, at.plusSeconds(i));
        }
        return s;
    }

    @Test
    void theFifthFailureWithinTheWindowBlocksForAMinute() {
        assertThat(failTimes(4, T0).blockedAt(T0.plusSeconds(4))).isFalse();
        SignInPolicy.State fifth = failTimes(5, T0);
        assertThat(fifth.blockedUntil()).isEqualTo(T0.plusSeconds(4).plus(Duration.ofMinutes(1)));
        assertThat(fifth.blockedAt(T0.plusSeconds(60))).isTrue();
        assertThat(fifth.blockedAt(T0.plusSeconds(65))).isFalse();
    }

    @Test
    void eachFailureAfterABlockDoublesItUpToFifteenMinutes() {
        SignInPolicy.State s = failTimes(5, T0);
        Instant t = s.blockedUntil();
        for (long minutes : new long[] {2, 4, 8, 15, 15}) {
            s = FIVE.failed(s, t);
            assertThat(Duration.between(t, s.blockedUntil())).isEqualTo(Duration.ofMinutes(minutes));
            t = s.blockedUntil();
        }
    }

    @Test
    void aQuietWindowAfterTheBlockStartsAfresh() {
        SignInPolicy.State blocked = failTimes(5, T0);
        SignInPolicy.State later = FIVE.failed(blocked, blocked.blockedUntil().plus(Duration.ofMinutes(15)));
        assertThat(later.failures()).isEqualTo(1);
        assertThat(later.blockedUntil()).isNull();
        // spread-out failures, each more than a window apart, never block
        SignInPolicy.State s = SignInPolicy.State.NONE;
        for (int i = 0; i < 10; i++) {
            s = FIVE.failed(s, T0.plus(Duration.ofMinutes(16L * i)));
        }
        assertThat(s.failures()).isEqualTo(1);
    }
}
