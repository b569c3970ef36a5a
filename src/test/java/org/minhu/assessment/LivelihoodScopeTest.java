package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;

/** Who is shown which district, and which months the monitor takes: no Spring, no database. */
class LivelihoodScopeTest {

    static final String CHAOYANG = "110105000000";
    static final String HAIDIAN = "110108000000";

    @Test
    void aDistrictSupervisorIsShownOwnDistrictWhetherAskedOrNot() {
        Actor supervisor = new Actor("sup", Role.SUPERVISOR, CHAOYANG, CHAOYANG);
        assertThat(LivelihoodScope.district(supervisor, null)).isEqualTo(CHAOYANG);
        assertThat(LivelihoodScope.district(supervisor, CHAOYANG)).isEqualTo(CHAOYANG);
        assertThat(LivelihoodScope.choosesDistrict(supervisor)).isFalse();
        assertThatThrownBy(() -> LivelihoodScope.district(supervisor, HAIDIAN))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.code()).isEqualTo("FORBIDDEN"));
    }

    @Test
    void theCentreAdministratorsAndTheCitysSupervisorsAreShownWhatTheyAsk() {
        for (Actor reader : new Actor[] {new Actor("op", Role.OPERATOR, "110000000000", null),
                new Actor("adm", Role.ADMIN, null, null), new Actor("city", Role.SUPERVISOR, null, null)}) {
            assertThat(LivelihoodScope.district(reader, HAIDIAN)).isEqualTo(HAIDIAN);
            assertThat(LivelihoodScope.district(reader, null)).isNull(); // the city
            assertThat(LivelihoodScope.choosesDistrict(reader)).isTrue();
        }
    }

    @Test
    void aHandlerIsShownNothing() {
        Actor handler = new Actor("h", Role.HANDLER, "110105001000", CHAOYANG);
        assertThatThrownBy(() -> LivelihoodScope.district(handler, null))
                .isInstanceOfSatisfying(MinhuException.class, e -> assertThat(e.status().value()).isEqualTo(403));
    }
}
