package org.minhu;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module graph stays honest: no cycles, and modules reach each other only through their APIs. */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MinhuApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
