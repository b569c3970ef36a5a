package org.minhu.directory;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user with the {@link Actor} the domain needs. */
final class MinhuPrincipal extends User {

    private final Actor actor;
    /** When an administrator last changed the user, as loaded: a later change ends this sign-in. */
    private final java.time.Instant changedAt;

    MinhuPrincipal(String username, String passwordHash, boolean enabled, Actor actor, java.time.Instant changedAt) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
        this.changedAt = changedAt;
    }

    java.time.Instant changedAt() {
        return changedAt;
    }

    Actor actor() {
        return actor;
    }
}
