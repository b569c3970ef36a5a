package org.minhu.platform;

import org.springframework.security.core.Authentication;

/**
 * Whether a sign-in made earlier (a session, a remembered HTTP Basic check) still stands: the
 * user may since have been disabled or changed by an administrator. Implemented by the module
 * that keeps the users; asked on every request, so it answers from a short-lived memory.
 */
public interface SignedInUsers {

    boolean isCurrent(Authentication authentication);
}
