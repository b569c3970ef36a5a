package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.assessment.LivelihoodTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MvcResult;

/** The 七有五性 page: October 2023 in 延庆区 as the supervisors and the centre see it; refusals as error pages. */
class LivelihoodPageTest extends LivelihoodTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void threeMonthsOfKnownRequests() throws Exception {
        monthsBuiltAndClockAfterThem();
    }

    @Test
    void aSupervisorSeesTheTwelveDimensionsWithCountsChangesAndStreets() throws Exception {
        MvcResult result = show("sup-city", "/livelihood?month=2023-10&district=" + YANQING);
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        String html = html(result);
        assertThat(html).contains("七有五性 民生诉求监测", "延庆区 2023-10：诉求 8 件，万人诉求比 0.23", "幼有所育", "安全性",
                "老有所养", "百泉街道 3", "香水园街道 1", "class=\"num change up\"", "class=\"num change down\"", "(+150.0%)",
                "title=\"对比月为0，无从计算百分比\">(—)");
        assertThat(html).contains("<option value=\"\">全市</option>").contains("href=\"/livelihood\"");
    }

    @Test
    void aDistrictSupervisorIsOfferedOwnDistrictOnlyAndLastMonthByDefault() throws Exception {
        String html = html(show("sup-haidian", "/livelihood"));
        assertThat(html).contains("海淀区 2026-11").doesNotContain("全市</option>").doesNotContain("延庆区");
    }

    @Test
    void englishNamesTheDimensionsInEnglish() throws Exception {
        String html = html(show("op", "/livelihood?month=2023-10&district=" + YANQING + "&lang=en"));
        assertThat(html).contains("Care for the elderly", "Against last month", "8 requests");
    }

    @Test
    void badParametersAndAHandlerGetTheErrorPageNeverA500() throws Exception {
        MvcResult month = show("op", "/livelihood?month=2026-13");
        assertThat(month.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(month)).contains("INVALID_PARAMETER", "月份写作 yyyy-MM");
        MvcResult district = show("op", "/livelihood?month=2023-10&district=110119999000");
        assertThat(district.getResponse().getStatus()).isEqualTo(400);
        assertThat(html(district)).contains("没有编码为110119999000的区");
        assertThat(show("op", "/livelihood?month=2099-01").getResponse().getStatus()).isEqualTo(400);
        assertThat(show("sup-haidian", "/livelihood?district=" + YANQING).getResponse().getStatus()).isEqualTo(403);
        MvcResult handler = show("jianwai", "/livelihood");
        assertThat(handler.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(handler)).contains("FORBIDDEN");
        assertThat(html(show("jianwai", "/tickets"))).doesNotContain("href=\"/livelihood\"");
    }

    private MvcResult show(String user, String path) throws Exception {
        return mvc.perform(get(path).with(org.springframework.security.test.web.servlet.request
                .SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user)))).andReturn();
    }

    private static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
