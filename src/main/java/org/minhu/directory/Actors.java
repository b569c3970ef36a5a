package org.minhu.directory;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.minhu.platform.MinhuException;
import org.springframework.http.HttpStatus;

/** Turns the signed-in user into an {@link Actor}. */
public final class Actors {

    private Actors() {
    }

    /** The actor of the current request; 401 problem when nobody is signed in. */
    public static Actor current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public static Actor of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new MinhuException(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", "Sign in first");
        }
        if (authentication.getPrincipal() instanceof MinhuPrincipal principal) {
            return principal.actor();
        }
        // Users made by test tooling or other providers carry only a role: no unit, citywide scope.
        Role role = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .filter(Actors::isRole).map(Role::valueOf).findFirst()
                .orElseThrow(() -> MinhuException.forbidden("No Minhu role"));
        return new Actor(authentication.getName(), role, null, null);
    }

    private static boolean isRole(String name) {
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
