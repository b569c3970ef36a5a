package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.minhu.platform.MinhuException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

@SpringBootTest
@AutoConfigureMockMvc
class UnitDirectoryTest {

    @Autowired
    Units units;

    @Autowired
    UnitNames names;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ReferenceUnitLoader loader;

    private Map<UnitKind, Long> countsByKind() {
        return units.all().stream().collect(Collectors.groupingBy(Unit::kind, Collectors.counting()));
    }

    @Test
    void beijingHasSixteenDistricts() {
        assertThat(countsByKind().get(UnitKind.DISTRICT)).isEqualTo(16);
        assertThat(units.require("110105000000").name()).isEqualTo("朝阳区");
    }

    @Test
    void streetsAndTownshipsNumberAtLeastThe343OfBeijing() {
        Map<UnitKind, Long> counts = countsByKind();
        assertThat(counts.get(UnitKind.SUBDISTRICT) + counts.get(UnitKind.TOWNSHIP)).isGreaterThanOrEqualTo(343);
        assertThat(counts.get(UnitKind.SUBDISTRICT)).isEqualTo(165);
    }

    @Test
    void communitiesAndVillagesNumberAtLeastSevenThousand() {
        assertThat(countsByKind().get(UnitKind.COMMUNITY)).isGreaterThanOrEqualTo(7_000);
    }

    @Test
    void departmentsUtilitiesAndTheCentreAreLoaded() {
        Unit centre = units.require("110000000000");
        assertThat(centre.kind()).isEqualTo(UnitKind.CENTER);
        assertThat(centre.name()).isEqualTo("北京市12345市民服务热线");
        assertThat(countsByKind().get(UnitKind.DEPARTMENT)).isGreaterThanOrEqualTo(23);
        assertThat(countsByKind().get(UnitKind.ENTERPRISE)).isGreaterThanOrEqualTo(9);
        assertThat(units.require("D11000000001").name()).isEqualTo("市住房城乡建设委");
        assertThat(names.named("北京燃气集团")).extracting(Unit::kind).containsExactly(UnitKind.ENTERPRISE);
    }

    @Test
    void jiangtaiTownshipAliasResolvesToJiangtaiArea() {
        assertThat(names.named("将台乡")).extracting(Unit::code, Unit::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("110105023000", "将台地区"));
        assertThat(units.require("110105023000").kind()).isEqualTo(UnitKind.TOWNSHIP);
        assertThat(names.aliases("110105023000")).contains("将台乡", "将台地区办事处");
    }

    @Test
    void formerDistrictNamesResolveToTheirSuccessors() {
        assertThat(names.named("宣武区")).extracting(Unit::code).containsExactly("110102000000");
        assertThat(names.named("北京市住房和城乡建设委员会")).extracting(Unit::code).containsExactly("D11000000001");
    }

    @Test
    void hierarchyRunsFromCommunityToStreetToDistrictToCentre() {
        Unit community = units.require("110101001001"); // 多福巷社区居委会, 东华门街道
        assertThat(community.kind()).isEqualTo(UnitKind.COMMUNITY);
        assertThat(community.parentCode()).isEqualTo("110101001000");
        assertThat(community.districtCode()).isEqualTo("110101000000");
        Unit street = units.require(community.parentCode());
        assertThat(street.kind()).isEqualTo(UnitKind.SUBDISTRICT);
        assertThat(street.parentCode()).isEqualTo("110101000000");
        assertThat(street.districtCode()).isEqualTo("110101000000");
        Unit district = units.require(street.parentCode());
        assertThat(district.parentCode()).isEqualTo("110000000000");
        assertThat(district.districtCode()).isEqualTo(district.code());
        assertThat(units.require("D11000000003").districtCode()).isNull();
    }

    @Test
    void everyDistrictHasItsResidentPopulationAndStreetsMayHaveNone() {
        assertThat(units.all()).filteredOn(u -> u.kind() == UnitKind.DISTRICT)
                .allSatisfy(d -> assertThat(d.population()).isPositive());
        long cityTotal = units.all().stream().filter(u -> u.kind() == UnitKind.DISTRICT).mapToLong(Unit::population).sum();
        assertThat(cityTotal).isBetween(21_000_000L, 22_500_000L);
        assertThat(units.require("110101001000").population()).isNull();
    }

    @Test
    void developmentZonesAreTownshipLevel() {
        assertThat(names.named("北京经济技术开发区")).extracting(Unit::kind).containsExactly(UnitKind.TOWNSHIP);
    }

    @Test
    void unknownCodeIsUnitNotFound() {
        assertThat(units.find("119999999999")).isEmpty();
        assertThatThrownBy(() -> units.require("119999999999"))
                .isInstanceOfSatisfying(MinhuException.class, e -> {
                    assertThat(e.code()).isEqualTo("UNIT_NOT_FOUND");
                    assertThat(e.status()).isEqualTo(HttpStatus.NOT_FOUND);
                });
    }

    @Test
    void loadingAgainInsertsNothingAndKeepsEdits() {
        long before = jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single();
        long start = System.nanoTime();
        assertThat(loader.load()).isZero();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single()).isEqualTo(before);
        assertThat(before).isGreaterThan(7_800);
    }

    @Test
    void allReflectsTheDatabaseAfterEviction() {
        int before = units.all().size();
        jdbc.sql("INSERT INTO unit (code, name, kind) VALUES ('T11000000001', '测试单位', 'DEPARTMENT')").update();
        try {
            ((JdbcUnits) units).evict();
            assertThat(units.all()).hasSize(before + 1);
        } finally {
            jdbc.sql("DELETE FROM unit WHERE code = 'T11000000001'").update();
            ((JdbcUnits) units).evict();
        }
        assertThat(units.all()).hasSize(before);
    }
}
