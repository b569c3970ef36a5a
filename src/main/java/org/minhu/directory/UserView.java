package org.minhu.directory;

/** A user as the API shows it: never the password. */
public record UserView(String username, Role role, String unitCode, String displayName) {
}
