package org.minhu.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.directory.Role;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The knowledge base as its editors, the operators and the owner units use it. */
class KnowledgeBaseTest extends ApiTestSupport {

    static final String CITY_MANAGEMENT = "D11000000004";

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @BeforeEach
    void world() {
        clock.set(START);
        ensureUsers();
        user("editor", Role.OPERATOR, null);
        // an open topic pins its articles to every search: none is left open by another test
        jdbc.sql("UPDATE emergency_topic SET closed_at = now(), closed_by = 'test' WHERE closed_at IS NULL").update();
    }

    static Map<String, Object> article(String title, String body, List<String> keywords, List<String> synonyms) {
        Map<String, Object> a = new HashMap<>();
        a.put("title", title);
        a.put("body", body);
        a.put("categoryCodes", List.of("04.01.01"));
        a.put("keywords", keywords);
        a.put("synonyms", synonyms);
        a.put("ownerUnitCode", JIANWAI);
        return a;
    }

    long create(Map<String, Object> article) throws Exception {
        return expect(201, postJson("adm", "/api/v1/articles", article)).get("id").asLong();
    }

    List<String> titles(String user, String q) throws Exception {
        List<String> titles = new ArrayList<>();
        expect(200, getJson(user, "/api/v1/articles/search?q=" + q)).get("content").forEach(h -> titles.add(h.get("title").asString()));
        return titles;
    }

    @Test
    void anArticleIsFoundByAParaphraseThroughItsSynonyms() throws Exception {
        create(article("占道经营的处置规定", "<p>在道路、桥梁等公共场所<b>擅自设摊</b>经营的，由城管执法部门责令改正。</p>",
                List.of("占道经营", "无照经营"), List.of("摆摊", "小摊贩", "马路市场", "流动商贩")));
        create(article("供暖费缴纳与退费", "<p>供暖费按建筑面积收取，退费向供热单位申请。</p>",
                List.of("供暖费"), List.of("暖气费", "取暖费")));
        // the caller's words share two characters with the article, and those through a synonym
        assertThat(titles("op", "楼下天天有人摆摊卖菜，吵得很")).first().isEqualTo("占道经营的处置规定");
        assertThat(titles("op", "暖气费怎么退")).first().isEqualTo("供暖费缴纳与退费");
    }

    @Test
    void anExpiredArticleIsNeverOfferedNorAnsweredFrom() throws Exception {
        Map<String, Object> winter = article("冬季临时停车优惠政策", "<p>居住区周边道路夜间临时停车免费。</p>",
                List.of("临时停车"), List.of("夜间停车"));
        winter.put("validFrom", "2025-01-01");
        winter.put("validTo", "2025-03-05");
        long id = create(winter);
        long version = expect(200, getJson("op", "/api/v1/articles/" + id)).get("versionId").asLong();
        assertThat(titles("op", "夜间临时停车")).contains("冬季临时停车优惠政策");

        clock.advance(Duration.ofDays(3)); // 2025-03-06: the day after its last day
        assertThat(titles("op", "夜间临时停车")).isEmpty();
        assertThat(expect(200, getJson("op", "/api/v1/articles/" + id)).get("offered").asBoolean()).isFalse();
        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "CONSULTATION",
                "content", "夜间临时停车还免费吗")));
        JsonNode refused = expect(400, postJson("op", "/api/v1/tickets/" + ticket.get("id").asLong() + "/answer",
                Map.of("answer", "免费", "articleVersion", version)));
        assertThat(refused.get("code").asString()).isEqualTo("ARTICLE_NOT_OFFERED");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticket.get("id").asLong())).get("status").asString())
                .as("nothing half-written").isEqualTo("RECEIVED");
    }

    @Test
    void anEditIsANewVersionAndTheAnswerLinksTheVersionItCameFrom() throws Exception {
        long id = create(article("共享单车乱停放投诉渠道", "<p>可拨打运营企业客服。</p>", List.of("共享单车"), List.of("单车乱停")));
        JsonNode first = expect(200, getJson("op", "/api/v1/articles/" + id));
        JsonNode ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "CONSULTATION",
                "content", "小区门口共享单车乱停放找谁")));
        long ticketId = ticket.get("id").asLong();
        JsonNode answered = expect(200, postJson("op", "/api/v1/tickets/" + ticketId + "/answer",
                Map.of("answer", "可拨打运营企业客服", "articleVersion", first.get("versionId").asLong())));
        assertThat(answered.get("answerArticleVersion").asLong()).isEqualTo(first.get("versionId").asLong());

        Map<String, Object> edited = article("共享单车乱停放投诉渠道", "<p>可拨打运营企业客服，或12345。</p><script>alert(1)</script>",
                List.of("共享单车"), List.of("单车乱停"));
        JsonNode second = expect(200, putJson("adm", "/api/v1/articles/" + id + "?basedOn=1", edited));
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("body").asString()).contains("12345").doesNotContain("script");
        assertThat(second.get("versionId").asLong()).isNotEqualTo(first.get("versionId").asLong());
        JsonNode stale = expect(409, putJson("adm", "/api/v1/articles/" + id + "?basedOn=1", edited));
        assertThat(stale.get("code").asString()).isEqualTo("ARTICLE_CHANGED");
        assertThat(expect(200, getJson("op", "/api/v1/tickets/" + ticketId)).get("answerArticleVersion").asLong())
                .as("the ticket keeps the version it was answered from").isEqualTo(first.get("versionId").asLong());
        assertThat(expect(200, getJson("op", "/api/v1/articles/" + id + "/versions"))).hasSize(2);
    }

    @Test
    void onlyAdministratorsAndGrantedOperatorsWriteArticles() throws Exception {
        Map<String, Object> a = article("门牌号办理", "<p>向所在派出所申请。</p>", List.of("门牌"), List.of());
        assertThat(expect(403, postJson("editor", "/api/v1/articles", a)).get("code").asString()).isEqualTo("FORBIDDEN");
        expect(403, putJson("op", "/api/v1/articles/editors/editor", null));
        assertThat(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/articles/editors/editor")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("adm", PASSWORD)))
                .andReturn().getResponse().getStatus()).isEqualTo(204);
        expect(201, postJson("editor", "/api/v1/articles", a));
        expect(403, postJson("jianwai", "/api/v1/articles", a));
        JsonNode missing = expect(400, postJson("adm", "/api/v1/articles", Map.of("title", "无正文", "ownerUnitCode", JIANWAI)));
        assertThat(missing.get("code").asString()).isEqualTo("VALIDATION_FAILED");
        Map<String, Object> badUnit = article("x", "y", List.of(), List.of());
        badUnit.put("ownerUnitCode", "999");
        assertThat(expect(400, postJson("adm", "/api/v1/articles", badUnit)).get("code").asString()).isEqualTo("UNKNOWN_UNIT");
    }

    @Test
    void articlesWhoseAnswersKeepFailingJoinTheirOwnersReviewQueue() throws Exception {
        long id = create(article("燃气费缴纳方式", "<p>可在燃气公司营业厅或网上缴纳。</p>", List.of("燃气费"), List.of("煤气费")));
        long version = expect(200, getJson("op", "/api/v1/articles/" + id)).get("versionId").asLong();
        for (int i = 0; i < 6; i++) {
            JsonNode t = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "CONSULTATION",
                    "content", "煤气费在哪交" + i)));
            long tid = t.get("id").asLong();
            expect(200, postJson("op", "/api/v1/tickets/" + tid + "/answer", Map.of("answer", "营业厅或网上", "articleVersion", version)));
            expect(200, postJson("op", "/api/v1/tickets/" + tid + "/callback", i < 4
                    ? Map.of("unreachable", false, "resolved", "NO", "satisfied", "DISSATISFIED")
                    : Map.of("unreachable", false, "resolved", "YES", "satisfied", "SATISFIED")));
        }
        JsonNode effect = expect(200, getJson("op", "/api/v1/articles/effectiveness?article=" + id)).get(0);
        assertThat(effect.get("answered").asLong()).isEqualTo(6);
        assertThat(effect.get("failed").asLong()).isEqualTo(4);
        assertThat(effect.get("failing").asBoolean()).isTrue();
        JsonNode queue = expect(200, getJson("jianwai", "/api/v1/articles/review-queue"));
        assertThat(queue.findValues("id").stream().map(JsonNode::asLong).toList()).contains(id);
        assertThat(expect(200, getJson("chaowai", "/api/v1/articles/review-queue")).findValues("id").stream()
                .map(JsonNode::asLong).toList()).as("another unit's articles are not its to review").doesNotContain(id);
    }

    @Test
    void anEmergencyTopicsArticlesComeFirstForEveryOperatorAndItsTicketsAreCounted() throws Exception {
        long rain = create(article("暴雨天气出行提示", "<p>暴雨期间避免前往低洼路段，积水请拨打排水集团热线。</p>",
                List.of("暴雨", "积水"), List.of("下大雨", "内涝")));
        create(article("路灯不亮报修", "<p>路灯故障由城管委路灯管理处维修。</p>", List.of("路灯"), List.of("灯不亮")));
        user("op2", Role.OPERATOR, null);
        expect(403, postJson("op", "/api/v1/topics", Map.of("tag", "暴雨", "title", "暴雨蓝色预警")));
        JsonNode topic = expect(201, postJson("adm", "/api/v1/topics", Map.of("tag", "暴雨", "title", "暴雨蓝色预警",
                "articleIds", List.of(rain))));
        assertThat(expect(409, postJson("adm", "/api/v1/topics", Map.of("tag", "暴雨", "title", "again"))).get("code").asString())
                .isEqualTo("TOPIC_OPEN");
        for (String operator : List.of("op", "op2")) {
            JsonNode hits = expect(200, getJson(operator, "/api/v1/articles/search?q=路灯不亮")).get("content");
            assertThat(hits.get(0).get("id").asLong()).as("pinned first for " + operator).isEqualTo(rain);
            assertThat(hits.get(0).get("pinned").asBoolean()).isTrue();
            assertThat(hits.get(1).get("title").asString()).isEqualTo("路灯不亮报修");
        }
        long topicId = topic.get("id").asLong();
        for (int i = 0; i < 3; i++) {
            JsonNode t = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                    "content", "小区门口积水很深" + i)));
            expect(200, postJson("op", "/api/v1/topics/" + topicId + "/tickets", Map.of("ticketId", t.get("id").asLong())));
            expect(200, postJson("op", "/api/v1/topics/" + topicId + "/tickets", Map.of("ticketId", t.get("id").asLong())));
        }
        JsonNode listed = null;
        for (JsonNode t : expect(200, getJson("sup-city", "/api/v1/topics"))) {
            listed = t.get("id").asLong() == topicId ? t : listed;
        }
        assertThat(listed.get("tickets").asLong()).isEqualTo(3);
        assertThat(listed.get("lastHour").asLong()).isEqualTo(3);
        expect(200, postJson("adm", "/api/v1/topics/" + topicId + "/close", null));
        JsonNode after = expect(200, getJson("op", "/api/v1/articles/search?q=路灯不亮")).get("content");
        assertThat(after.get(0).get("title").asString()).as("closed: nothing pinned").isEqualTo("路灯不亮报修");
    }

    @Test
    void articlesGoOutToExcelAndComeBackAllOrNothing() throws Exception {
        long id = create(article("居住证办理材料", "<p>身份证、租房合同。</p>", List.of("居住证"), List.of("暂住证")));
        byte[] exported = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/v1/articles/export.xlsx")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("adm", PASSWORD)))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] edited;
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(exported))) {
            var sheet = book.getSheetAt(0);
            org.apache.poi.ss.usermodel.Row mine = null;
            for (var row : sheet) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == id) {
                    mine = row;
                }
            }
            assertThat(mine).as("the article is in the export").isNotNull();
            assertThat(mine.getCell(6).getStringCellValue()).isEqualTo("暂住证");
            mine.getCell(2).setCellValue("居住证办理所需材料");
            var added = sheet.createRow(sheet.getLastRowNum() + 1);
            String[] values = {"", "", "新生儿落户", "<p>出生医学证明、父母户口簿。</p>", "", "落户", "上户口", "", JIANWAI, "", "", ""};
            for (int c = 0; c < values.length; c++) {
                added.createCell(c).setCellValue(values[c]);
            }
            var out = new java.io.ByteArrayOutputStream();
            book.write(out);
            edited = out.toByteArray();
            added.getCell(8).setCellValue("nowhere");
            var bad = new java.io.ByteArrayOutputStream();
            book.write(bad);
            JsonNode refused = expect(400, importing(bad.toByteArray()));
            assertThat(refused.get("code").asString()).isEqualTo("INVALID_IMPORT");
            assertThat(refused.toString()).contains("nowhere");
        }
        assertThat(expect(200, getJson("op", "/api/v1/articles/" + id)).get("version").asInt()).as("nothing imported").isEqualTo(1);
        JsonNode counts = expect(200, importing(edited));
        assertThat(counts.get("added").asInt()).isEqualTo(1);
        assertThat(counts.get("revised").asInt()).as("only the changed row").isEqualTo(1);
        JsonNode revised = expect(200, getJson("op", "/api/v1/articles/" + id));
        assertThat(revised.get("title").asString()).isEqualTo("居住证办理所需材料");
        assertThat(revised.get("version").asInt()).isEqualTo(2);
        assertThat(titles("op", "孩子怎么上户口")).contains("新生儿落户");
    }

    private org.springframework.test.web.servlet.MvcResult importing(byte[] xlsx) throws Exception {
        return mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/articles/import")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").content(xlsx)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic("adm", PASSWORD)))
                .andReturn();
    }
}
