package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.platform.MinhuException;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/** Categories come from a day and retire from a day; codes never change; a retired one is not chosen for new requests. */
class CategoryAdministrationTest extends ApiTestSupport {

    static final Actor ADMIN = new Actor("adm", Role.ADMIN, null, null);

    @Autowired
    CategoryAdministration administration;
    @Autowired
    Categories categories;

    @BeforeEach
    void users() {
        ensureUsers();
        clock.set(START);
    }

    @Test
    void aCategoryAddedTodayIsChosenAndOneRetiredIsRefusedForNewRequests() throws Exception {
        administration.add("07.02", "07.02.99", "夜市油烟", "SUBDISTRICT", null, ADMIN);
        assertThat(categories.inForce(LocalDate.of(2025, 3, 3))).extracting(Category::code).contains("07.02.99");
        expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "夜市油烟大",
                "categoryCode", "07.02.99")));

        administration.retire("07.02.99", LocalDate.of(2025, 3, 4), ADMIN);
        clock.set(START.plusSeconds(86_400));
        assertThat(categories.inForce(LocalDate.of(2025, 3, 4))).extracting(Category::code).doesNotContain("07.02.99");
        assertThat(body(postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", "夜市油烟大",
                "categoryCode", "07.02.99"))).get("code").asString()).isEqualTo("INVALID_CATEGORY");
        assertThat(categories.find("07.02.99")).isPresent(); // its tickets keep it
    }

    @Test
    void codesFollowTheirParentAndAreNeverReusedAndOnlyAdministratorsChangeThem() {
        assertThatThrownBy(() -> administration.add("07.02", "07.03.98", "错的编码", null, null, ADMIN))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("INVALID_CATEGORY_CHANGE");
        assertThatThrownBy(() -> administration.add("07.02", "07.02.01", "已有", null, null, ADMIN))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("CATEGORY_EXISTS");
        assertThatThrownBy(() -> administration.add("07.02", "07.02.98", "过去", null, LocalDate.of(2020, 1, 1), ADMIN))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("INVALID_CATEGORY_CHANGE");
        assertThatThrownBy(() -> administration.rename("07.02.01", "改", new Actor("op", Role.OPERATOR, null, null)))
                .isInstanceOf(MinhuException.class).extracting("code").isEqualTo("FORBIDDEN");
        assertThat(categories.find("07.02.98")).isEmpty();
        assertThat(categories.find("07.02.01").orElseThrow().name()).isEqualTo("餐饮油烟");
    }
}
