package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference CSVs and the kind rule, without a database. */
class UnitReferenceDataTest {

    @Test
    void kindFollowsTheNameOfTheTownshipLevelDivision() {
        assertThat(DivisionKinds.of("street", "东华门街道")).isEqualTo(UnitKind.SUBDISTRICT);
        assertThat(DivisionKinds.of("street", "将台地区")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(DivisionKinds.of("street", "梨园镇")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(DivisionKinds.of("street", "长哨营满族乡")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(DivisionKinds.of("street", "北京经济技术开发区")).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(DivisionKinds.of("village", "多福巷社区居委会")).isEqualTo(UnitKind.COMMUNITY);
        assertThat(DivisionKinds.of("district", "东城区")).isEqualTo(UnitKind.DISTRICT);
    }

    @Test
    void referenceDataHasBeijingsDivisionsInTiers() {
        List<List<ReferenceUnitLoader.Row>> tiers = ReferenceUnitLoader.referenceUnits();
        Map<UnitKind, Long> counts = tiers.stream().flatMap(List::stream)
                .collect(Collectors.groupingBy(ReferenceUnitLoader.Row::kind, Collectors.counting()));
        assertThat(counts).containsEntry(UnitKind.CENTER, 1L).containsEntry(UnitKind.DISTRICT, 16L)
                .containsEntry(UnitKind.SUBDISTRICT, 165L).containsEntry(UnitKind.TOWNSHIP, 184L)
                .containsEntry(UnitKind.COMMUNITY, 7_535L);
        assertThat(tiers.get(3)).allSatisfy(c -> assertThat(c.code()).hasSize(12).startsWith("11"));
    }

    @Test
    void csvFieldsMayBeQuoted() {
        assertThat(ReferenceCsv.fields("a,\"b, c\",\"d \"\"e\"\"\",")).containsExactly("a", "b, c", "d \"e\"", "");
    }
}
