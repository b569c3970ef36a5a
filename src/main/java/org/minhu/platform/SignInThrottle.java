package org.minhu.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brakes password guessing: failed sign-ins are counted per user name and per address in the
 * database (so every node brakes alike), blocked keys are refused before any password is checked,
 * and every failure and block is logged (the user name and address, never a password).
 */
final class SignInThrottle {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final SignInPolicy perUser;
    private final SignInPolicy perAddress;

    SignInThrottle(JdbcClient jdbc, TransactionTemplate transaction, Clock clock, SignInPolicy perUser,
                   SignInPolicy perAddress) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock;
        this.perUser = perUser;
        this.perAddress = perAddress;
    }

    /** @throws SignInThrottled when the user name or the address is blocked now */
    void check(String username, String address) {
        Instant now = clock.instant();
        List<OffsetDateTime> blocked = jdbc.sql("""
                        SELECT blocked_until FROM sign_in_throttle WHERE key IN (:user, :address) AND blocked_until > :now""")
                .param("user", userKey(username)).param("address", addressKey(address)).param("now", utc(now))
                .query(OffsetDateTime.class).list();
        blocked.stream().map(OffsetDateTime::toInstant).max(Instant::compareTo).ifPresent(until -> {
            throw new SignInThrottled(Math.max(1, Duration.between(now, until).toSeconds() + 1));
        });
    }

    void failed(String username, String address) {
        Instant now = clock.instant();
        SignInPolicy.State user = transaction.execute(s -> count(userKey(username), perUser, now));
        SignInPolicy.State from = transaction.execute(s -> count(addressKey(address), perAddress, now));
        log.warn("Sign-in failed for user '{}' from {} ({} failures for the name, {} from the address){}",
                printable(username), address, user.failures(), from.failures(),
                user.blockedAt(now) || from.blockedAt(now) ? "; blocked until " + later(user, from) : "");
    }

    void succeeded(String username) {
        jdbc.sql("DELETE FROM sign_in_throttle WHERE key = :key").param("key", userKey(username)).update();
    }

    private SignInPolicy.State count(String key, SignInPolicy policy, Instant now) {
        SignInPolicy.State before = jdbc.sql("""
                        SELECT failures, window_start, blocked_until FROM sign_in_throttle WHERE key = :key FOR UPDATE""")
                .param("key", key)
                .query((rs, n) -> new SignInPolicy.State(rs.getInt(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class) == null ? null : rs.getObject(3, OffsetDateTime.class).toInstant()))
                .optional().orElse(SignInPolicy.State.NONE);
        SignInPolicy.State after = policy.failed(before, now);
        jdbc.sql("""
                        INSERT INTO sign_in_throttle (key, failures, window_start, blocked_until)
                        VALUES (:key, :failures, :start, :until)
                        ON CONFLICT (key) DO UPDATE SET failures = EXCLUDED.failures, window_start = EXCLUDED.window_start,
                            blocked_until = EXCLUDED.blocked_until""")
                .param("key", key).param("failures", after.failures()).param("start", utc(after.windowStart()))
                .param("until", after.blockedUntil() == null ? null : utc(after.blockedUntil()))
                .update();
        return after;
    }

    private static Instant later(SignInPolicy.State a, SignInPolicy.State b) {
        if (a.blockedUntil() == null) {
            return b.blockedUntil();
        }
        return b.blockedUntil() == null || a.blockedUntil().isAfter(b.blockedUntil()) ? a.blockedUntil() : b.blockedUntil();
    }

    /** User names are compared without regard to case; a very long one by its digest. */
    static String userKey(String username) {
        String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return "u:" + (name.length() <= 100 ? name : "#" + sha256(name));
    }

    static String addressKey(String address) {
        String a = address == null ? "unknown" : address;
        return "a:" + (a.length() <= 100 ? a : "#" + sha256(a));
    }

    private static String printable(String username) {
        String name = username == null ? "" : username.replaceAll("\\p{Cntrl}", "?");
        return name.length() <= 64 ? name : name.substring(0, 64) + "…";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
