package org.minhu.directory;

/**
 * The signed-in user as the domain sees them. {@code unitCode} is the handler's unit, or the
 * district (or the centre, for the whole city) a supervisor watches; {@code districtCode} is the
 * district that unit lies in, null when the actor's scope is citywide.
 */
public record Actor(String username, Role role, String unitCode, String districtCode) {

    public boolean is(Role r) {
        return role == r;
    }

    /** A supervisor whose scope is the whole city. */
    public boolean citywide() {
        return districtCode == null;
    }
}
