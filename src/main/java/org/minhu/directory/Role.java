package org.minhu.directory;

/** What a user may do; see design.md "Who uses it". */
public enum Role {
    OPERATOR, HANDLER, SUPERVISOR, ADMIN;

    /** The 12345 centre's own staff, who may see citizens' phone numbers in full. */
    public boolean seesPhoneNumbers() {
        return this == OPERATOR || this == ADMIN;
    }
}
