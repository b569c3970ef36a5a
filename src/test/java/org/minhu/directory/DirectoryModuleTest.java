package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;

/** The directory boots on the platform alone: the reference units, their names and aliases. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
class DirectoryModuleTest {

    @Autowired
    Units units;
    @Autowired
    UnitNames names;
    @Autowired
    ApplicationContext context;

    @Test
    void theReferenceUnitsAreThereWithoutTheOtherModules() {
        assertThat(units.require("110105001000").name()).isEqualTo("建外街道");
        assertThat(names.named("宣武区")).extracting(Unit::code).containsExactly("110102000000");
        assertThat(context.getBeanNamesForType(org.minhu.calendar.WorkingCalendar.class)).isEmpty();
    }
}
