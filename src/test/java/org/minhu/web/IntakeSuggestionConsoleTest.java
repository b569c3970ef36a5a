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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The operator types a request; the console proposes category, place and units, and one key accepts them. */
class IntakeSuggestionConsoleTest extends ApiTestSupport {

    static final String FUMES = "07.02.01";
    static final String BILLBOARD = "04.01.02";
    static final String YONGANLI = "110105001026"; // 永安里社区, 建外街道

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void aModelLearntFromTheHistory() throws Exception {
        ensureUsers();
        if (!expect(200, getJson("adm", "/api/v1/models/category")).isEmpty()) {
            return;
        }
        List<String> fumes = List.of("楼下饭店油烟很大熏得家里全是味", "餐馆排油烟管道直排居民楼", "烧烤店油烟呛人晚上开不了窗");
        List<String> billboards = List.of("路边广告牌歪了随时可能掉下来", "楼顶广告牌松动大风天很危险", "商场外墙广告灯箱破损");
        for (int i = 0; i < 30; i++) {
            register(FUMES, fumes.get(i % 3) + "第" + i + "次");
            register(BILLBOARD, billboards.get(i % 3) + "第" + i + "次");
        }
        expect(200, postJson("adm", "/api/v1/models/category/train", null));
    }

    @Test
    void theSuggestionPanelProposesTheCategoryThePlaceAndTheLeadUnitAsTheOperatorTypes() throws Exception {
        String panel = page(mvc.perform(intakeForm(post("/tickets/suggest"), "楼下饭店油烟熏得家里全是味", "建外街道永安里社区3号楼")).andReturn());

        assertThat(panel).contains("id=\"suggestion\"").contains("餐饮油烟").contains("建外街道").contains("永安里社区")
                .contains("data-category=\"" + FUMES + "\"").contains("data-place=\"" + YONGANLI + "\"")
                .contains("data-lead=\"" + JIANWAI + "\"").contains("F2");
        // the panel asks again as the typing goes on
        assertThat(panel).contains("hx-post=\"/tickets/suggest\"").contains("delay:400ms");
        // nothing typed yet: an invitation, no guess
        assertThat(page(mvc.perform(intakeForm(post("/tickets/suggest"), "", "")).andReturn()))
                .contains("id=\"suggestion\"").doesNotContain("data-lead");
    }

    @Test
    void acceptingTheSuggestionRegistersAndDispatchesInOneTransaction() throws Exception {
        MvcResult done = mvc.perform(intakeForm(post("/tickets"), "饭店油烟太大", "建外街道永安里社区3号楼")
                .param("categoryCode", FUMES).param("unitCode", YONGANLI).param("leadUnitCode", JIANWAI)).andReturn();
        long id = Long.parseLong(done.getResponse().getRedirectedUrl().replace("/tickets/", ""));

        var ticket = jdbc.sql("SELECT status, category_code, location_unit_code FROM ticket WHERE id = ?").param(id).query().singleRow();
        assertThat(ticket).containsEntry("status", "DISPATCHED").containsEntry("category_code", FUMES)
                .containsEntry("location_unit_code", YONGANLI);
        assertThat(jdbc.sql("SELECT unit_code || '/' || role FROM assignment WHERE ticket_id = ?").param(id).query(String.class).list())
                .containsExactly(JIANWAI + "/LEAD");
        // what was proposed stays with the ticket, and the ticket page shows it to the centre
        assertThat(jdbc.sql("SELECT model_version IS NOT NULL FROM ticket_suggestion WHERE ticket_id = ?").param(id)
                .query(Boolean.class).single()).isTrue();
        assertThat(page(mvc.perform(get("/tickets/" + id).with(signedIn("op"))).andReturn())).contains("受理时的智能建议");
    }

    @Test
    void anAnswerGivenOnTheCallRegistersAndAnswersAndDispatchesNothing() throws Exception {
        MvcResult done = mvc.perform(intakeForm(post("/tickets"), "请问居住证怎么办理", "北京市")
                .param("answer", "携带身份证和租房合同到社区服务站办理").param("leadUnitCode", JIANWAI)).andReturn();
        long id = Long.parseLong(done.getResponse().getRedirectedUrl().replace("/tickets/", ""));

        var ticket = jdbc.sql("SELECT status, answer FROM ticket WHERE id = ?").param(id).query().singleRow();
        assertThat(ticket).containsEntry("status", "ANSWERED").containsEntry("answer", "携带身份证和租房合同到社区服务站办理");
        assertThat(jdbc.sql("SELECT count(*) FROM assignment WHERE ticket_id = ?").param(id).query(Long.class).single()).isZero();
        assertThat(page(mvc.perform(get("/tickets/new").with(signedIn("op"))).andReturn()))
                .contains("id=\"lead-name\"").contains("id=\"answer\"").contains("Alt</kbd>+<kbd>D");
    }

    @Test
    void aDispatchThatCannotBeMadeRegistersNothing() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM ticket").query(Long.class).single();

        MvcResult refused = mvc.perform(intakeForm(post("/tickets"), "饭店油烟太大", "建外街道永安里社区3号楼")
                .param("categoryCode", FUMES).param("leadUnitCode", YONGANLI)).andReturn(); // a community takes no dispatch

        assertThat(refused.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(refused)).contains("社区不接派单").contains("id=\"intake-form\"").contains("饭店油烟太大"); // nothing typed is lost
        assertThat(jdbc.sql("SELECT count(*) FROM ticket").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void onlyTheCentreIsProposedToAndBadFormInputIsRefused() throws Exception {
        assertThat(mvc.perform(post("/tickets/suggest").with(signedIn("jianwai")).with(csrf()).param("content", "油烟"))
                .andReturn().getResponse().getStatus()).isEqualTo(403);
        MvcResult bad = mvc.perform(intakeForm(post("/tickets"), "油烟", "").param("categoryCode", "07'; DROP")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(200); // the form again, with its error
        assertThat(page(bad)).contains("id=\"intake-form\"");
        MvcResult unknown = mvc.perform(intakeForm(post("/tickets"), "油烟", "").param("categoryCode", "99.99.99")).andReturn();
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(page(unknown)).contains("99.99.99");
    }

    private MockHttpServletRequestBuilder intakeForm(MockHttpServletRequestBuilder request, String content, String address) {
        return request.with(signedIn("op")).with(csrf()).param("channel", "PHONE").param("type", "COMPLAINT")
                .param("urgency", "NORMAL").param("content", content).param("address", address);
    }

    private void register(String category, String content) throws Exception {
        expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", "PHONE", "type", "COMPLAINT", "content", content,
                "categoryCode", category, "requester", Map.of("name", "周先生"), "location", Map.of("address", "北京市"))));
    }

    private RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }

    private static String page(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
