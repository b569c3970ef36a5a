package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;

/** Point → district over the shipped boundaries, without Spring: every district, outside, a border. */
class DistrictBoundariesTest {

    static final List<GeoJsonAreas.Feature> FEATURES = features();
    static final Boundaries DISTRICTS = new Boundaries(FEATURES.stream()
            .map(f -> new Boundaries.Area(f.code(), f.shape())).toList());

    @ParameterizedTest(name = "{0}")
    @CsvSource({ // each district government's seat, well inside its district
            "东城区, 39.9288, 116.4160, 110101000000", "西城区, 39.9123, 116.3660, 110102000000",
            "朝阳区, 39.9219, 116.4436, 110105000000", "丰台区, 39.8586, 116.2864, 110106000000",
            "石景山区, 39.9066, 116.2229, 110107000000", "海淀区, 39.9599, 116.2981, 110108000000",
            "门头沟区, 39.9405, 116.1020, 110109000000", "房山区, 39.7355, 116.1392, 110111000000",
            "通州区, 39.9093, 116.6565, 110112000000", "顺义区, 40.1302, 116.6545, 110113000000",
            "昌平区, 40.2207, 116.2312, 110114000000", "大兴区, 39.7268, 116.3414, 110115000000",
            "怀柔区, 40.3160, 116.6317, 110116000000", "平谷区, 40.1406, 117.1214, 110117000000",
            "密云区, 40.3762, 116.8432, 110118000000", "延庆区, 40.4565, 115.9850, 110119000000"})
    void aPointInsideADistrictIsInThatDistrict(String name, double lat, double lng, String code) {
        assertThat(DISTRICTS.covering(lat, lng)).containsExactly(code);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"天津, 39.1256, 117.1902", "上海, 31.2304, 121.4737", "保定, 38.8739, 115.4646", "赤道, 0, 0"})
    void aPointOutsideBeijingIsInNoDistrict(String name, double lat, double lng) {
        assertThat(DISTRICTS.covering(lat, lng)).isEmpty();
    }

    @Test
    void aPointOnTheBorderOfTwoDistrictsIsInBothAndTheLowerCodeIsTaken() {
        Map<Coordinate, String> first = new HashMap<>();
        Coordinate shared = null;
        String[] pair = null;
        for (var f : FEATURES) {
            for (Coordinate c : f.shape().getCoordinates()) {
                String other = first.putIfAbsent(c, f.code());
                if (other != null && !other.equals(f.code()) && shared == null) {
                    shared = c;
                    pair = new String[] {other, f.code()};
                }
            }
        }
        assertThat(shared).as("two districts share a border vertex").isNotNull();
        List<String> covering = DISTRICTS.covering(shared.y, shared.x);
        assertThat(covering).contains(pair[0], pair[1]).isSorted();
    }

    private static List<GeoJsonAreas.Feature> features() {
        try (var in = DistrictBoundariesTest.class.getClassLoader().getResourceAsStream(PointPlaces.DISTRICTS)) {
            return GeoJsonAreas.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), "code");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
