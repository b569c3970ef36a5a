package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;

/**
 * The knowledge base in the console: an editor writes an article, the operator sees it beside the
 * intake form and answers from it, registers a duplicate by merging it, tags an emergency topic.
 */
class KnowledgeConsoleTest extends ApiTestSupport {

    @Autowired
    UserDetailsService userDetails;

    @BeforeEach
    void users() {
        clock.set(START);
        ensureUsers();
    }

    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return request.with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(user))).with(csrf());
    }

    private static String page(MvcResult r) throws Exception {
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder intake(MockHttpServletRequestBuilder request, String content) {
        return as("op", request).param("channel", "PHONE").param("type", "CONSULTATION").param("urgency", "NORMAL")
                .param("content", content).param("address", "朝阳区建外街道永安里东区3号楼").param("phone", "13700002222");
    }

    @Test
    void anOperatorAnswersFromTheArticleBesideTheFormAndTheTicketCitesIt() throws Exception {
        MvcResult created = mvc.perform(as("adm", post("/articles")).param("title", "有线电视报装流程")
                .param("body", "<p>拨打歌华有线客服96196预约上门安装。</p><img src=x onerror=alert(1)>")
                .param("keywords", "有线电视、报装").param("synonyms", "装电视、开通电视信号").param("ownerUnitCode", JIANWAI))
                .andReturn();
        assertThat(created.getResponse().getRedirectedUrl()).startsWith("/articles/");
        String article = page(mvc.perform(as("op", get(created.getResponse().getRedirectedUrl()))).andReturn());
        assertThat(article).contains("有线电视报装流程").contains("96196").doesNotContain("onerror");

        String advice = page(mvc.perform(intake(post("/tickets/advice"), "新搬来的想装电视，怎么开通电视信号")).andReturn());
        assertThat(advice).contains("有线电视报装流程").contains("class=\"use-article").contains("拨打歌华有线客服96196预约上门安装。");
        assertThat(advice).as("an answer swapped in does not ask again at once").doesNotContain("hx-trigger=\"load");
        assertThat(page(mvc.perform(as("op", get("/tickets/new"))).andReturn())).contains("hx-trigger=\"load, input changed");
        String version = advice.replaceAll("(?s).*data-version=\"(\\d+)\".*", "$1");

        MvcResult registered = mvc.perform(intake(post("/tickets"), "新搬来的想装电视，怎么开通")
                .param("answer", "拨打歌华有线客服96196预约上门安装。").param("articleVersion", version)).andReturn();
        String ticketUrl = registered.getResponse().getRedirectedUrl();
        assertThat(ticketUrl).as(page(registered)).startsWith("/tickets/");
        JsonNode ticket = expect(200, getJson("op", "/api/v1" + ticketUrl));
        assertThat(ticket.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(ticket.get("answerArticleVersion").asLong()).isEqualTo(Long.parseLong(version));
        assertThat(page(mvc.perform(as("op", get("/articles").param("q", "开通电视信号"))).andReturn())).contains("有线电视报装流程");
    }

    @Test
    void aRequestRegisteredIntoAProposedDuplicateIsMergedAndTaggedWithTheTopic() throws Exception {
        JsonNode topic = expect(201, postJson("adm", "/api/v1/topics", Map.of("tag", "停水", "title", "永安里停水抢修")));
        JsonNode first = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT",
                "content", "永安里东区3号楼停水一整天了，什么时候来水", "location", Map.of("address", "朝阳区建外街道永安里东区3号楼"))));
        String form = page(mvc.perform(as("op", get("/tickets/new"))).andReturn());
        assertThat(form).contains("name=\"topicIds\"").contains("永安里停水抢修");
        String advice = "";
        for (int tries = 0; tries < 100 && !advice.contains(first.get("number").asString()); tries++) {
            Thread.sleep(100); // the search index follows the log every second
            advice = page(mvc.perform(intake(post("/tickets/advice"), "永安里东区3号楼停水了，什么时候来水")).andReturn());
        }
        assertThat(advice).contains(first.get("number").asString()).contains("class=\"merge-into").contains("同一地址");

        MvcResult registered = mvc.perform(intake(post("/tickets"), "永安里东区3号楼停水了，什么时候来水")
                .param("mergeInto", first.get("id").asString()).param("topicIds", topic.get("id").asString())).andReturn();
        JsonNode merged = expect(200, getJson("op", "/api/v1" + registered.getResponse().getRedirectedUrl()));
        assertThat(merged.get("status").asString()).isEqualTo("MERGED");
        assertThat(merged.get("parentId").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(expect(200, getJson("op", "/api/v1/topics/" + topic.get("id").asLong())).get("tickets").asLong()).isEqualTo(1);
        assertThat(page(mvc.perform(as("sup-city", get("/topics"))).andReturn())).contains("永安里停水抢修");
        assertThat(mvc.perform(as("jianwai", get("/topics"))).andReturn().getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theReviewQueueAndTheEditFormAreThereForTheirUsers() throws Exception {
        JsonNode a = expect(201, postJson("adm", "/api/v1/articles", Map.of("title", "过期复核测试", "body", "<p>内容</p>",
                "ownerUnitCode", JIANWAI, "reviewBy", "2025-03-01")));
        assertThat(page(mvc.perform(as("jianwai", get("/articles/review"))).andReturn())).contains("过期复核测试");
        assertThat(page(mvc.perform(as("adm", get("/articles/" + a.get("id").asLong() + "/edit"))).andReturn()))
                .contains("name=\"basedOn\"").contains("value=\"1\"");
        assertThat(mvc.perform(as("op", get("/articles/new"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        user("kb-editor", org.minhu.directory.Role.OPERATOR, null);
        mvc.perform(as("adm", post("/articles/editors")).param("username", "kb-editor")).andReturn();
        assertThat(page(mvc.perform(as("adm", get("/articles"))).andReturn())).contains("kb-editor");
        assertThat(mvc.perform(as("kb-editor", get("/articles/new"))).andReturn().getResponse().getStatus())
                .as("granted in the console").isEqualTo(200);
        mvc.perform(as("adm", post("/articles/editors/kb-editor/revoke"))).andReturn();
        assertThat(mvc.perform(as("kb-editor", get("/articles/new"))).andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult reviewed = mvc.perform(as("jianwai", post("/articles/" + a.get("id").asLong() + "/review"))
                .param("nextReview", "2026-03-01")).andReturn();
        assertThat(reviewed.getResponse().getRedirectedUrl()).isEqualTo("/articles/" + a.get("id").asLong());
        assertThat(page(mvc.perform(as("jianwai", get("/articles/review"))).andReturn())).doesNotContain("过期复核测试");
    }
}
