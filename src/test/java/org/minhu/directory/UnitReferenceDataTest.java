package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minhu.platform.ReferenceCsv;

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
    void theReferenceFilesReadAsTheyDidBeforeJacksonsCsvModule() {
        // the records and samples the hand-written reader gave, file by file
        assertThat(ReferenceCsv.read("reference/units/city-units.csv")).hasSize(48)
                .contains(Map.of("code", "D11000000001", "name", "市住房城乡建设委", "kind", "DEPARTMENT", "population", ""));
        assertThat(ReferenceCsv.read("reference/units/district-population.csv")).hasSize(16);
        assertThat(ReferenceCsv.read("reference/units/aliases.csv")).hasSize(181).first().isEqualTo(Map.of(
                "unit_code", "110105021000", "alias", "南磨房乡", "note", "地区办事处 and 乡 are one body under two names"));
        assertThat(ReferenceCsv.read("reference/division/beijing-divisions.csv")).hasSize(7_900).last().isEqualTo(Map.of(
                "code", "110119203214", "name", "桃条沟村委会", "level", "village", "parent_code", "110119203000"));
        List<ReferenceUnitLoader.Row> units = ReferenceUnitLoader.referenceUnits().stream().flatMap(List::stream).toList();
        assertThat(units).hasSize(7_948)
                .contains(new ReferenceUnitLoader.Row("110000000000", "北京市12345市民服务热线", UnitKind.CENTER, null, null, 21_858_000))
                .contains(new ReferenceUnitLoader.Row("110101000000", "东城区", UnitKind.DISTRICT, "110000000000",
                        "110101000000", 700_000));
    }
}
