package org.minhu.directory;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in user: Spring Security's user with the {@link Actor} the domain needs. */
final class MinhuPrincipal extends User {

    private final Actor actor;

    MinhuPrincipal(String username, String passwordHash, boolean enabled, Actor actor) {
        super(username, passwordHash, enabled, true, true, true,
                List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())));
        this.actor = actor;
    }

    Actor actor() {
        return actor;
    }
}
