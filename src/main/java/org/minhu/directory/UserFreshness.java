package org.minhu.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minhu.platform.SignedInUsers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A sign-in stands while its user is enabled and unchanged since it was made. Asked on every
 * request, so each user's row is read at most once per {@link #MEMORY} on a node: a disabled user
 * is out within that, on every node.
 */
@Component
class UserFreshness implements SignedInUsers {

    static final Duration MEMORY = Duration.ofSeconds(2);

    private record Seen(UserStore.Freshness freshness, Instant at) {
    }

    private final UserStore store;
    private final Clock clock;
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();

    UserFreshness(UserStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public boolean isCurrent(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof MinhuPrincipal principal)) {
            return true; // test tooling's users carry no row
        }
        String key = principal.getUsername().toLowerCase(java.util.Locale.ROOT);
        Instant now = clock.instant();
        Seen last = seen.get(key);
        if (last == null || !now.isBefore(last.at().plus(MEMORY)) || now.isBefore(last.at())) {
            UserStore.Freshness fresh = store.freshness(key).orElse(new UserStore.Freshness(false, Instant.MAX));
            last = new Seen(fresh, now);
            if (seen.size() > 50_000) {
                seen.clear();
            }
            seen.put(key, last);
        }
        return last.freshness().enabled() && !last.freshness().changedAt().isAfter(principal.changedAt());
    }

    /** Forgets what was read of a user, so a change made on this node counts at once here. */
    void forget(String username) {
        seen.remove(username.toLowerCase(java.util.Locale.ROOT));
    }
}
