package org.minhu.directory;

import com.github.benmanes.caffeine.cache.Cache;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.minhu.platform.Caches;
import org.minhu.platform.SignedInUsers;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * A sign-in stands while its user is enabled and unchanged since it was made. Asked on every
 * request, so each user's row is read at most once per {@link #MEMORY} on a node: a disabled user
 * is out within that, on every node. At most {@value #USERS} users are remembered.
 */
@Component
class UserFreshness implements SignedInUsers {

    static final Duration MEMORY = Duration.ofSeconds(2);
    static final int USERS = 50_000;

    /** What a user with no row (deleted) looks like: never current. */
    private static final UserStore.Freshness GONE = new UserStore.Freshness(false, Instant.MAX);

    private final UserStore store;
    private final Cache<String, UserStore.Freshness> seen;

    UserFreshness(UserStore store, Clock clock) {
        this.store = store;
        this.seen = Caches.on(clock).expireAfterWrite(MEMORY).maximumSize(USERS).build();
    }

    @Override
    public boolean isCurrent(Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof MinhuPrincipal principal)) {
            return true; // test tooling's users carry no row
        }
        String key = principal.getUsername().toLowerCase(java.util.Locale.ROOT);
        UserStore.Freshness fresh = seen.get(key, k -> store.freshness(k).orElse(GONE));
        return fresh.enabled() && !fresh.changedAt().isAfter(principal.changedAt());
    }

    /** Forgets what was read of a user, so a change made on this node counts at once here. */
    void forget(String username) {
        seen.invalidate(username.toLowerCase(java.util.Locale.ROOT));
    }
}
