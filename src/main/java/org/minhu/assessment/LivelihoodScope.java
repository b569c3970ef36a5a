package org.minhu.assessment;

import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;

/**
 * Who reads which 七有五性 month: the centre's operators, administrators and the city's
 * supervisors any district or the whole city; a district's supervisors their own district only;
 * handlers none (a unit's needs picture is the district's, not one unit's business).
 */
final class LivelihoodScope {

    private LivelihoodScope() {
    }

    /**
     * The district the reader is shown for the district asked ({@code null}: the city, or for a
     * district supervisor their own), else 403 {@code FORBIDDEN}.
     */
    static String district(Actor reader, String asked) {
        if (reader.is(Role.HANDLER)) {
            throw MinhuException.forbidden("The livelihood monitor is for the centre and the supervisors");
        }
        if (!reader.is(Role.SUPERVISOR) || reader.citywide()) {
            return asked;
        }
        if (asked != null && !asked.equals(reader.districtCode())) {
            throw MinhuException.forbidden("A district's supervisors read their own district's livelihood monitor");
        }
        return reader.districtCode();
    }

    /** Whether the reader may choose the city or another district (the console offers them). */
    static boolean choosesDistrict(Actor reader) {
        return reader.is(Role.OPERATOR) || reader.is(Role.ADMIN) || reader.is(Role.SUPERVISOR) && reader.citywide();
    }
}
