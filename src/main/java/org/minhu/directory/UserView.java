package org.minhu.directory;

import java.time.Instant;

/** A user as the API shows it: never the password. */
public record UserView(String username, Role role, String unitCode, String displayName, boolean enabled,
                       Instant createdAt, Instant changedAt) {
}
