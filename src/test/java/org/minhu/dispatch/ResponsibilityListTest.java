package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.dispatch.ResponsibilityRule.Lead;

/** The responsibility list as dated data, and the units it proposes for a place; no Spring. */
class ResponsibilityListTest {

    static final String NOISE = "07.02.01";
    static final String HEAT = "06.02.01";
    static final String STREET = "110105001000";
    static final String HEATING = "E11000000004";
    static final String ENVIRONMENT = "D11000000008";

    static ResponsibilityRule rule(String category, String from, Lead lead, String unit, List<String> assists,
                                   boolean assistPlace) {
        return new ResponsibilityRule(category, LocalDate.parse(from), lead, unit, assists, assistPlace, "adm", Instant.EPOCH);
    }

    final ResponsibilityList list = new ResponsibilityList(List.of(
            rule(NOISE, "2000-01-01", Lead.PLACE, null, List.of(), false),
            rule(NOISE, "2026-07-01", Lead.UNIT, ENVIRONMENT, List.of(), true),
            rule(HEAT, "2000-01-01", Lead.UNIT, HEATING, List.of(ENVIRONMENT), true)));

    @Test
    void aDayIsRoutedByTheRowLatestOnOrBeforeIt() {
        assertThat(list.inForce(NOISE, LocalDate.parse("2026-06-30")).orElseThrow().lead()).isEqualTo(Lead.PLACE);
        assertThat(list.inForce(NOISE, LocalDate.parse("2026-07-01")).orElseThrow().lead()).isEqualTo(Lead.UNIT);
        assertThat(list.inForce(NOISE, LocalDate.parse("1999-12-31"))).isEmpty();
        assertThat(list.inForce(LocalDate.parse("2026-06-30"))).extracting(ResponsibilityRule::categoryCode)
                .containsExactly(HEAT, NOISE);
    }

    @Test
    void aCategoryAboveTheLeavesTakesTheRowItsLeavesShareAndNoneWhenTheyDisagree() {
        ResponsibilityList leaves = new ResponsibilityList(List.of(
                rule("07.02.01", "2000-01-01", Lead.PLACE, null, List.of(ENVIRONMENT), true),
                rule("07.02.02", "2000-01-01", Lead.PLACE, null, List.of(ENVIRONMENT, HEATING), true),
                rule("07.02.02", "2026-07-01", Lead.UNIT, ENVIRONMENT, List.of(), false)));
        LocalDate june = LocalDate.parse("2026-06-30");

        ResponsibilityRule shared = leaves.sharedByLeaves("07.02", List.of("07.02.01", "07.02.02"), june).orElseThrow();
        assertThat(shared.categoryCode()).isEqualTo("07.02");
        assertThat(shared.lead()).isEqualTo(Lead.PLACE);
        assertThat(shared.assistUnitCodes()).containsExactly(ENVIRONMENT); // only what every leaf names
        assertThat(shared.assistPlace()).isTrue();
        // from July the leaves disagree on who leads: no row, rather than a guess
        assertThat(leaves.sharedByLeaves("07.02", List.of("07.02.01", "07.02.02"), LocalDate.parse("2026-07-01"))).isEmpty();
        // a leaf without a row: no row for the level above either
        assertThat(leaves.sharedByLeaves("07.02", List.of("07.02.01", "07.02.02", "07.02.03"), june)).isEmpty();
    }

    @Test
    void aPlaceCategoryGoesToThePlacesStreetAsSureAsBoth() {
        var units = UnitProposal.of(list.inForce(NOISE, LocalDate.parse("2026-06-01")).orElseThrow(), STREET, 0.9, 0.8,
                code -> code);
        assertThat(units).containsExactly(new ProposedUnit(STREET, STREET, "LEAD", 0.72, "RESPONSIBILITY_PLACE"));
        assertThat(UnitProposal.of(list.inForce(NOISE, LocalDate.parse("2026-06-01")).orElseThrow(), null, 0.9, 0.8,
                code -> code)).as("no place, no street to lead").isEmpty();
    }

    @Test
    void aUtilityLeadsWithItsAssistsAndThePlacesStreetHelps() {
        var units = UnitProposal.of(list.inForce(HEAT, LocalDate.parse("2026-12-01")).orElseThrow(), STREET, 0.9, 0.8,
                code -> code);
        assertThat(units).extracting(u -> u.unitCode() + "/" + u.role() + "/" + u.reason()).containsExactly(
                HEATING + "/LEAD/RESPONSIBILITY_UNIT", ENVIRONMENT + "/ASSIST/RESPONSIBILITY_ASSIST",
                STREET + "/ASSIST/PLACE_ASSISTS");
        assertThat(units.getFirst().confidence()).isEqualTo(0.9);
    }
}
