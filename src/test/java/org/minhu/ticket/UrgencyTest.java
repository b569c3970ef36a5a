package org.minhu.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minhu.calendar.DeadlineClass;
import org.minhu.directory.UnitKind;

/** The deadline class rule, the one the aggregate and the demo both use. */
class UrgencyTest {

    @Test
    void urgencyFirstThenUtilitiesThenHowComplex() {
        for (UnitKind kind : UnitKind.values()) {
            boolean utility = kind == UnitKind.ENTERPRISE;
            assertThat(Urgency.URGENT.deadlineClass(kind)).as("%s", kind).isEqualTo(DeadlineClass.URGENT);
            assertThat(Urgency.COMPLEX.deadlineClass(kind)).as("%s", kind)
                    .isEqualTo(utility ? DeadlineClass.UTILITY : DeadlineClass.COMPLEX);
            assertThat(Urgency.NORMAL.deadlineClass(kind)).as("%s", kind)
                    .isEqualTo(utility ? DeadlineClass.UTILITY : DeadlineClass.NORMAL);
        }
    }
}
