package org.minhu.demo;

import org.minhu.directory.Unit;

/**
 * Where a request happens: the district, the street or township, one of its communities (its
 * place name, and its code when the directory has it), and whether that community is one of the
 * city's {@link Exemplars}.
 */
record Place(Unit district, Unit street, String community, String communityCode, boolean exemplary) {

    /** The unit the ticket is located in: its community, else its street. */
    String location() {
        return communityCode != null ? communityCode : street.code();
    }
}
