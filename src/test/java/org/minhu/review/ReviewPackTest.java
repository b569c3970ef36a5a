package org.minhu.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.assessment.AssessmentTestSupport;
import org.minhu.directory.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The review pack of 朝阳区 for May 2026: 建外 first on 接诉即办 and on air, last on garbage
 * sorting; 朝外 last on 接诉即办, first on garbage sorting; a third street between. April was
 * published with 朝外 ahead of 建外.
 */
class ReviewPackTest extends AssessmentTestSupport {

    static final Instant APRIL = Instant.parse("2026-04-07T02:00:00Z");
    static final Instant MAY = Instant.parse("2026-05-06T02:00:00Z");
    static final Map<String, Object> PERFECT = Map.of("resolved", "YES", "satisfied", "SATISFIED");
    static final Map<String, Object> FAILED = Map.of("resolved", "NO", "satisfied", "DISSATISFIED");

    @Autowired
    JdbcClient jdbc;
    String third;
    String category;

    @BeforeEach
    void aprilAndMay() throws Exception {
        clock.set(MAY);
        ensureUsers();
        third = jdbc.sql("SELECT code FROM unit WHERE kind = 'SUBDISTRICT' AND district_code = :d AND code NOT IN (:a, :b) "
                + "ORDER BY code LIMIT 1").param("d", CHAOYANG).param("a", JIANWAI).param("b", CHAOWAI).query(String.class).single();
        category = jdbc.sql("SELECT min(code) FROM category WHERE level = 3").query(String.class).single();
        user("third-street", Role.HANDLER, third);
        if (built(jdbc, APRIL, MAY.plusSeconds(86400 * 20))) {
            return;
        }
        jdbc.sql("INSERT INTO assessment_setting VALUES (DATE '2026-04-01', 0, 0, 1, 10) ON CONFLICT DO NOTHING").update();
        clock.set(APRIL);
        lived(CHAOWAI, "chaowai", PERFECT, null);
        lived(JIANWAI, "jianwai", FAILED, null);
        clock.set(MAY);
        expect(200, postJson("adm", "/api/v1/assessments/2026-04/run", Map.of()));
        lived(JIANWAI, "jianwai", PERFECT, null);
        lived(third, "third-street", Map.of("resolved", "YES", "satisfied", "DISSATISFIED"), null);
        lived(CHAOWAI, "chaowai", FAILED, null);
        for (int i = 0; i < 2; i++) {
            expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                    "content", "楼道堆物", "categoryCode", category, "requester", Map.of("name", "王女士"),
                    "location", Map.of("address", "北京市朝阳区建外街道", "unitCode", firstCommunityOf(JIANWAI)))));
        }
        indicator("GARBAGE_R", "垃圾分类", "garbage sorting", true, Map.of(CHAOWAI, 95, JIANWAI, 60, third, 80));
        indicator("AIR_R", "PM2.5浓度", "PM2.5 concentration", false, Map.of(JIANWAI, 30, CHAOWAI, 50, third, 70));
    }

    @AfterEach
    void backToMarch() {
        clock.set(START);
    }

    @Test
    void eachStreetsCommentSaysWhereItLeadsAndWhereItFallsShort() throws Exception {
        JsonNode pack = expect(200, getJson("sup-chaoyang", "/api/v1/reviews/2026-05"));

        assertThat(pack.get("districtName").asString()).isEqualTo("朝阳区");
        assertThat(pack.get("status").asString()).isEqualTo("PREVIEW");
        assertThat(pack.get("livelihood").get("dimensions").size()).isEqualTo(12);
        assertThat(pack.get("livelihood").get("districtCode").asString()).isEqualTo(CHAOYANG);
        assertThat(card(pack, JIANWAI).get("comment").asString()).isEqualTo(
                "5月份，建外街道接诉即办综合成绩、直派成绩均排名全区各街道首位，PM2.5浓度为全区各街道最低；但在垃圾分类方面仍存在不足。");
        assertThat(card(pack, CHAOWAI).get("comment").asString())
                .isEqualTo("5月份，朝外街道垃圾分类排名全区各街道首位；但在接诉即办方面仍存在不足。");
    }

    @Test
    void aCardCarriesRanksTheirChangeTheDistrictsRatesTopCategoriesAndTheTrend() throws Exception {
        JsonNode card = card(expect(200, getJson("sup-chaoyang", "/api/v1/reviews/2026-05")), JIANWAI);
        JsonNode score = card.get("score");

        assertThat(score.get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
        assertThat(score.get("districtRank").asInt()).isEqualTo(1);
        assertThat(score.get("directDistrictRank").asInt()).isEqualTo(1);
        // April: 朝外 1st, 建外 2nd of two; May: 建外 1st of three
        assertThat(score.get("rankChange").asInt()).isEqualTo(1);
        assertThat(score.get("directRankChange").asInt()).isEqualTo(1);
        // 朝阳区 as a whole in May: 3 responses on time of 3; 2 resolved of 3; 1 satisfied of 3
        assertThat(card.get("districtRates").get("resolutionRate").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(card.get("districtRates").get("satisfactionRate").decimalValue()).isEqualByComparingTo("0.3333");
        assertThat(card.get("topCategories").get(0).get("code").asString()).isEqualTo(category);
        assertThat(card.get("topCategories").get(0).get("requests").asLong()).isEqualTo(2);
        JsonNode trend = card.get("trend");
        assertThat(trend.size()).isEqualTo(12);
        assertThat(trend.get(10).get("month").asString()).isEqualTo("2026-04");
        assertThat(trend.get(10).get("compositeScore").decimalValue()).isEqualByComparingTo("10.00");
        assertThat(trend.get(11).get("compositeScore").decimalValue()).isEqualByComparingTo("100.00");
    }

    @Test
    void theLowestThreeAndACommunityWithoutRequestsTwoMonthsRunningAreProposedToSpeak() throws Exception {
        JsonNode speakers = expect(200, getJson("sup-chaoyang", "/api/v1/reviews/2026-05")).get("speakers");

        assertThat(speakers.get("lagging").valueStream().map(s -> s.get("unitCode").asString() + "@" + s.get("place").asInt()))
                .containsExactly(CHAOWAI + "@1", third + "@2", JIANWAI + "@3");
        JsonNode exemplary = speakers.get("exemplary");
        assertThat(exemplary.get("why").asString()).isEqualTo("ZERO_REQUESTS");
        assertThat(exemplary.get("unitCode").asString()).startsWith("110105").isNotEqualTo(firstCommunityOf(JIANWAI));
    }

    @Test
    void theWorkbookHasASheetPerTableWithFrozenRepeatedHeadersPrintedLandscapeToTheWidth() throws Exception {
        var response = mvc.perform(get("/api/v1/reviews/2026-05").param("format", "xlsx")
                .with(httpBasic("sup-chaoyang", PASSWORD))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).isEqualTo(ReviewWorkbook.TYPE);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            List<String> names = new java.util.ArrayList<>();
            book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
            assertThat(names).containsSubsequence("概况", "街道", "乡镇", "社区村", "单位点评", "近12个月综合成绩",
                    "治理类与表扬名单", "七有五性").contains("垃圾分类", "PM2.5浓度");
            assertThat(book.getSheet("七有五性").getRow(2).getCell(0).getStringCellValue()).isEqualTo("幼有所育");
            assertThat(book.getSheet("七有五性").getLastRowNum()).isEqualTo(13);
            Sheet streets = book.getSheet("街道");
            assertThat(streets.getRow(1).getCell(0).getStringCellValue()).isEqualTo("全市排名");
            assertThat(streets.getRow(2).getCell(3).getStringCellValue()).isEqualTo("建外街道");
            assertThat(streets.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(100.0);
            assertThat(streets.getRow(2).getCell(8).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
            assertThat(streets.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 2);
            assertThat(streets.getRepeatingRows().formatAsString()).isEqualTo("1:2");
            assertThat(streets.getPrintSetup().getLandscape()).isTrue();
            assertThat(streets.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(streets.getPrintSetup().getFitHeight()).isEqualTo((short) 0);
            assertThat(book.getSheet("单位点评").getRow(1).getCell(18).getStringCellValue()).isEqualTo("点评");
        }
        var accepted = mvc.perform(get("/api/v1/reviews/2026-05").header("Accept", ReviewWorkbook.TYPE)
                .with(httpBasic("sup-chaoyang", PASSWORD))).andReturn().getResponse();
        assertThat(accepted.getContentType()).isEqualTo(ReviewWorkbook.TYPE);
    }

    @Test
    void anEnglishReaderGetsTheCommentInEnglish() throws Exception {
        var response = mvc.perform(get("/api/v1/reviews/2026-05").header("Accept-Language", "en")
                .with(httpBasic("sup-chaoyang", PASSWORD))).andReturn();
        assertThat(card(expect(200, response), CHAOWAI).get("comment").asString()).isEqualTo("In May 2026, 朝外街道 "
                + "ranked first among the district's subdistricts in garbage sorting, but still falls short in 12345 request handling.");
    }

    @Test
    void theCityPackHasTheDistrictsTableAndItsCommentsCompareCitywide() throws Exception {
        JsonNode pack = expect(200, getJson("sup-city", "/api/v1/reviews/2026-05"));
        assertThat(pack.get("districtCode").isNull()).isTrue();
        assertThat(pack.get("rankings").valueStream().map(t -> t.get("group").asString()))
                .containsExactly("DISTRICT", "SUBDISTRICT", "TOWNSHIP", "DEPARTMENT", "ENTERPRISE");
        assertThat(card(pack, CHAOWAI).get("comment").asString()).contains("全市各街道首位");
    }

    @Test
    void readersOutsideTheirScopeAndBadParametersAreTurnedAway() throws Exception {
        assertThat(expect(403, getJson("jianwai", "/api/v1/reviews/2026-05")).get("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(expect(403, getJson("sup-haidian", "/api/v1/reviews/2026-05?district=" + CHAOYANG)).get("code")
                .asString()).isEqualTo("FORBIDDEN");
        assertThat(expect(400, getJson("adm", "/api/v1/reviews/2026-05?district=110199000000")).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, getJson("adm", "/api/v1/reviews/2026-05?district=" + JIANWAI)).get("detail").asString())
                .contains(JIANWAI);
        assertThat(expect(400, getJson("adm", "/api/v1/reviews/2026-13")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
        for (String month : new String[] {"0000-01", "-0001-01", "12026-01"}) {
            assertThat(expect(400, getJson("adm", "/api/v1/reviews/" + month)).get("code").asString()).isEqualTo("INVALID_PARAMETER");
            assertThat(expect(400, getJson("adm", "/api/v1/assessments/" + month)).get("code").asString())
                    .isEqualTo("INVALID_PARAMETER");
        }
        assertThat(expect(400, getJson("adm", "/api/v1/reviews/2026-05?format=pdf")).get("code").asString())
                .isEqualTo("INVALID_PARAMETER");
        assertThat(expect(400, getJson("adm", "/api/v1/reviews/2099-01")).get("code").asString()).isEqualTo("INVALID_PARAMETER");
    }

    @Test
    void theConsolePageShowsThePackAndRefusesWhatTheApiRefuses() throws Exception {
        var page = mvc.perform(get("/reviews").param("month", "2026-05").with(signedIn("sup-chaoyang"))).andReturn();
        String html = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page.getResponse().getStatus()).isEqualTo(200);
        assertThat(html).contains("2026年5月 朝阳区 月度工作点评")
                .contains("5月份，朝外街道垃圾分类排名全区各街道首位；但在接诉即办方面仍存在不足。")
                .contains("/api/v1/reviews/2026-05?district=" + CHAOYANG + "&amp;format=xlsx");
        var refused = mvc.perform(get("/reviews").param("month", "2026-05").with(signedIn("jianwai"))).andReturn();
        assertThat(refused.getResponse().getStatus()).isEqualTo(403);
        assertThat(refused.getResponse().getContentType()).startsWith("text/html");
        var bad = mvc.perform(get("/reviews").param("month", "2026-13").with(signedIn("sup-city"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(bad.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("月份写作 yyyy-MM");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                .user(userDetails.loadUserByUsername(username));
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetails;

    private void indicator(String code, String zh, String en, boolean higher, Map<String, Integer> values) throws Exception {
        expect(200, putJson("adm", "/api/v1/indicators/" + code, Map.of("nameZh", zh, "nameEn", en, "unitOfMeasure", "分",
                "higherIsBetter", higher, "peerGroups", List.of("SUBDISTRICT", "TOWNSHIP"))));
        StringBuilder csv = new StringBuilder("unitCode,month,value\n");
        values.forEach((unit, value) -> csv.append(unit).append(",2026-05,").append(value).append('\n'));
        expect(200, mvc.perform(post("/api/v1/indicators/" + code + "/values").with(httpBasic("adm", PASSWORD))
                .contentType("text/csv").content(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn());
    }

    private static JsonNode card(JsonNode pack, String unit) {
        return pack.get("cards").valueStream().filter(c -> c.get("unitCode").asString().equals(unit)).findFirst()
                .orElseThrow(() -> new AssertionError("no card of " + unit));
    }
}
