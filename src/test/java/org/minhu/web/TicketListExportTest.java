package org.minhu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;

/** The ticket list filters by state, channel, district, category and unit, and exports what it shows to Excel, masked. */
class TicketListExportTest extends ApiTestSupport {

    static final String PHONE = "13911112222";

    @Autowired
    UserDetailsService userDetails;

    String jianwaiNumber;
    String wanshouluNumber;

    @BeforeEach
    void twoTickets() throws Exception {
        ensureUsers();
        clock.set(START);
        jianwaiNumber = dispatched("WEB", "07.02.01", JIANWAI, "建外街道烧烤店油烟扰民，电话" + PHONE);
        wanshouluNumber = dispatched("PHONE", "04.01.02", WANSHOULU, "万寿路广告牌松动");
    }

    private String dispatched(String channel, String category, String unit, String content) throws Exception {
        var ticket = expect(201, postJson("op", "/api/v1/tickets", Map.of("channel", channel, "type", "COMPLAINT",
                "content", content, "categoryCode", category, "requester", Map.of("name", "周先生", "phone", PHONE))));
        expect(200, postJson("op", "/api/v1/tickets/" + ticket.get("id").asLong() + "/dispatch", Map.of("unitCode", unit)));
        return ticket.get("number").asString();
    }

    @Test
    void theListFiltersByChannelDistrictCategoryAndUnit() throws Exception {
        String web = page("op", "/tickets?channel=WEB&from=2025-03-03&to=2025-03-03");
        assertThat(web).contains(jianwaiNumber).doesNotContain(wanshouluNumber);
        assertThat(page("op", "/tickets?district=" + HAIDIAN + "&from=2025-03-03&to=2025-03-03"))
                .contains(wanshouluNumber).doesNotContain(jianwaiNumber);
        assertThat(page("op", "/tickets?category=04.01&from=2025-03-03&to=2025-03-03"))
                .contains(wanshouluNumber).doesNotContain(jianwaiNumber);
        assertThat(page("op", "/tickets?unit=" + JIANWAI + "&from=2025-03-03&to=2025-03-03"))
                .contains(jianwaiNumber).doesNotContain(wanshouluNumber);
        MvcResult bad = mvc.perform(get("/tickets").param("channel", "FAX").with(signedIn("op"))).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void theExportHoldsWhatTheReaderMaySeeMaskedAsTheySeeIt() throws Exception {
        List<List<String>> operator = workbook("op", "/tickets/export.xlsx?from=2025-03-03&to=2025-03-03");
        List<List<String>> handler = workbook("jianwai", "/tickets/export.xlsx?from=2025-03-03&to=2025-03-03");

        assertThat(operator.getFirst()).contains("编号", "诉求内容", "电话");
        assertThat(column(operator, 0)).contains(jianwaiNumber, wanshouluNumber);
        assertThat(String.join(" ", row(operator, jianwaiNumber))).contains(PHONE);
        assertThat(column(handler, 0)).contains(jianwaiNumber).doesNotContain(wanshouluNumber);
        assertThat(String.join(" ", row(handler, jianwaiNumber))).doesNotContain(PHONE).contains("139******22");
    }

    private List<List<String>> workbook(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(signedIn(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).isEqualTo(TicketWorkbook.TYPE);
        List<List<String>> rows = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(r.getResponse().getContentAsByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(cells);
            }
        }
        return rows;
    }

    private static List<String> column(List<List<String>> rows, int i) {
        return rows.stream().map(r -> r.get(i)).toList();
    }

    private static List<String> row(List<List<String>> rows, String number) {
        return rows.stream().filter(r -> r.getFirst().equals(number)).findFirst().orElseThrow();
    }

    private String page(String user, String path) throws Exception {
        MvcResult r = mvc.perform(get(path).with(signedIn(user))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor signedIn(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }
}
