package org.minhu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module graph stays honest: no cycles, modules reach each other only through their APIs and
 * only where they declared it, and the graph is the one the design document draws.
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(MinhuApplication.class);

    @Test
    void modulesOnlyUseEachOthersApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void theModuleGraphIsTheOneTheDesignDraws() {
        Map<String, Set<String>> graph = new TreeMap<>();
        for (ApplicationModule module : modules) {
            graph.put(module.getIdentifier().toString(), module.getDirectDependencies(modules).uniqueModules()
                    .map(m -> m.getIdentifier().toString()).collect(Collectors.toSet()));
        }
        assertThat(graph).isEqualTo(Map.ofEntries(
                Map.entry("platform", Set.of()),
                Map.entry("calendar", Set.of("platform")),
                Map.entry("directory", Set.of("platform")),
                Map.entry("dispatch", Set.of("platform", "directory")),
                Map.entry("ticket", Set.of("platform", "directory", "calendar", "dispatch")),
                Map.entry("web", Set.of("platform", "directory", "calendar", "dispatch", "ticket", "assessment", "review", "knowledge", "insight")),
                Map.entry("demo", Set.of("platform", "directory", "calendar", "dispatch", "ticket", "assessment", "knowledge")),
                Map.entry("assessment", Set.of("platform", "directory", "dispatch")),
                Map.entry("review", Set.of("platform", "directory", "dispatch", "assessment")),
                Map.entry("insight", Set.of("platform", "directory", "ticket")),
                Map.entry("knowledge", Set.of("platform", "directory", "dispatch", "ticket", "insight"))));
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
