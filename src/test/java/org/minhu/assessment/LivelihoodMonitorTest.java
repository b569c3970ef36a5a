package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** 七有五性 of October 2023 in 延庆区 (see {@link LivelihoodTestSupport}), every figure by hand. */
class LivelihoodMonitorTest extends LivelihoodTestSupport {

    @BeforeEach
    void threeMonthsOfKnownRequests() throws Exception {
        monthsBuiltAndClockAfterThem();
    }

    @Test
    void aDistrictsMonthIsCountedPerDimensionWithBothChangesAndItsStreets() throws Exception {
        JsonNode month = expect(200, getJson("sup-city", "/api/v1/livelihood/2023-10?district=" + YANQING));
        assertThat(month.get("districtName").asString()).isEqualTo("延庆区");
        assertThat(month.get("population").asInt()).isEqualTo(345_000);
        // 8 requests in October, merged and November ones left out; 8 × 10,000 / 345,000 = 0.2319
        assertThat(month.get("requests").asLong()).isEqualTo(8);
        assertThat(month.get("requestsPer10k").decimalValue()).isEqualByComparingTo("0.23");
        assertThat(month.get("dimensions").valueStream().map(d -> d.get("code").asString())).containsExactly(
                "CHILDCARE", "EDUCATION", "EMPLOYMENT", "MEDICAL", "ELDERLY", "HOUSING", "WELFARE",
                "CONVENIENCE", "LIVABILITY", "DIVERSITY", "FAIRNESS", "SAFETY");

        JsonNode elderly = dimension(month, "ELDERLY");
        // 驿站 × 2, 加装电梯, 老年餐桌, 高龄津贴 = 5; 5 × 10,000 / 345,000 = 0.1449
        assertThat(elderly.get("requests").asLong()).isEqualTo(5);
        assertThat(elderly.get("requestsPer10k").decimalValue()).isEqualByComparingTo("0.14");
        assertThat(elderly.get("nameZh").asString()).isEqualTo("老有所养");
        // September 2 → +3, +150 %; October 2022 4 → +1, +25 %
        assertChange(elderly.get("lastMonth"), 2, 3, "150.0");
        assertChange(elderly.get("lastYear"), 4, 1, "25.0");
        // 百泉 3 (two through its community), 香水园 1; the district-only one lies in no street
        assertThat(units(elderly)).containsExactly(BAIQUAN + "=3", XIANGSHUIYUAN + "=1");
        assertThat(elderly.at("/units/0/unitName").asString()).isEqualTo("百泉街道");

        JsonNode childcare = dimension(month, "CHILDCARE");
        assertThat(childcare.get("requestsPer10k").decimalValue()).isEqualByComparingTo("0.03");
        assertChange(childcare.get("lastMonth"), 1, 0, "0.0");
        assertChange(childcare.get("lastYear"), 2, -1, "-50.0");
        assertThat(units(childcare)).containsExactly(XIANGSHUIYUAN + "=1");
    }

    @Test
    void aChangeAgainstNothingHasNoPercentAndAnEmptyDimensionIsZero() throws Exception {
        JsonNode month = expect(200, getJson("op", "/api/v1/livelihood/2023-10?district=" + YANQING));
        JsonNode housing = dimension(month, "HOUSING");
        assertThat(housing.get("requests").asLong()).isEqualTo(1);
        assertChange(housing.get("lastMonth"), 0, 1, null);
        assertChange(housing.get("lastYear"), 0, 1, null);
        JsonNode safety = dimension(month, "SAFETY");
        assertThat(safety.get("requests").asLong()).isZero();
        assertThat(safety.get("requestsPer10k").decimalValue()).isEqualByComparingTo("0");
        assertThat(safety.get("units").isEmpty()).isTrue();
    }

    @Test
    void theCityCountsEveryDistrictAndRanksItsStreetsTiesByCode() throws Exception {
        JsonNode city = expect(200, getJson("adm", "/api/v1/livelihood/2023-10"));
        assertThat(city.has("districtCode")).isFalse(); // null: the city
        assertThat(city.get("population").asInt()).isEqualTo(21_858_000);
        JsonNode elderly = dimension(city, "ELDERLY");
        assertThat(elderly.get("requests").asLong()).isEqualTo(6); // 延庆 5 and 建外 1
        assertThat(units(elderly)).containsExactly(BAIQUAN + "=3", JIANWAI + "=1", XIANGSHUIYUAN + "=1");
    }

    private static void assertChange(JsonNode change, long base, long difference, String percent) {
        assertThat(change.get("requests").asLong()).isEqualTo(base);
        assertThat(change.get("difference").asLong()).isEqualTo(difference);
        if (percent == null) {
            assertThat(change.path("percent").isNumber()).isFalse(); // null, left out of the JSON
        } else {
            assertThat(change.get("percent").decimalValue()).isEqualByComparingTo(percent);
        }
    }

    private static java.util.List<String> units(JsonNode dimension) {
        return dimension.get("units").valueStream()
                .map(u -> u.get("unitCode").asString() + "=" + u.get("requests").asLong()).toList();
    }
}
