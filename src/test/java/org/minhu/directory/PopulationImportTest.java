package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** 常住人口 imported from a CSV or a workbook: all rows or none, every bad row reported with its line. */
class PopulationImportTest extends ApiTestSupport {

    static final String CSV = "text/csv";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService userDetails;

    Integer jianwai;
    Integer chaowai;

    @BeforeEach
    void remember() {
        ensureUsers();
        jianwai = population(JIANWAI);
        chaowai = population(CHAOWAI);
    }

    @AfterEach
    void restore() {
        jdbc.sql("UPDATE unit SET population = :p WHERE code = :c").param("p", jianwai).param("c", JIANWAI).update();
        jdbc.sql("UPDATE unit SET population = :p WHERE code = :c").param("p", chaowai).param("c", CHAOWAI).update();
    }

    @Test
    void aCsvSetsEveryUnitItNames() throws Exception {
        JsonNode done = expect(200, send(CSV, ("population,code\n61234," + JIANWAI + "\n\"52,001\"," + CHAOWAI + "\n").getBytes(StandardCharsets.UTF_8)));
        assertThat(done.get("imported").asInt()).isEqualTo(2);
        assertThat(population(JIANWAI)).isEqualTo(61234);
        assertThat(population(CHAOWAI)).isEqualTo(52001);
    }

    @Test
    void oneBadRowAndNothingIsImportedWithEveryBadRowReported() throws Exception {
        String csv = "code,population\n" + JIANWAI + ",70000\n999999999999,100\n" + CHAOWAI + ",-5\n" + JIANWAI + ",1\n" + CHAOWAI + ",很多\n";
        JsonNode refused = expect(400, send(CSV, csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(refused.get("code").asString()).isEqualTo("INVALID_IMPORT");
        assertThat(refused.get("problems").valueStream().map(p -> p.get("line").asInt()).toList()).containsExactly(3, 4, 5, 6);
        assertThat(population(JIANWAI)).isEqualTo(jianwai);
        assertThat(expect(400, send(CSV, "name,people\nx,1\n".getBytes(StandardCharsets.UTF_8))).get("code").asString())
                .isEqualTo("INVALID_IMPORT");
    }

    @Test
    void aWorkbookIsReadLikeACsvAndOnlyAnAdministratorImports() throws Exception {
        assertThat(expect(200, send("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", workbook(64321)))
                .get("imported").asInt()).isEqualTo(1);
        assertThat(population(JIANWAI)).isEqualTo(64321);
        MvcResult operator = mvc.perform(post("/api/v1/units/populations").with(httpBasic("op", PASSWORD)).contentType(CSV)
                .content("code,population\n" + JIANWAI + ",1\n")).andReturn();
        assertThat(operator.getResponse().getStatus()).isEqualTo(403);
        assertThat(population(JIANWAI)).isEqualTo(64321);
    }

    @Test
    void theConsoleListsEveryBadRowOfAnUpload() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "populations.csv", CSV,
                ("code,population\n" + JIANWAI + ",abc\n").getBytes(StandardCharsets.UTF_8));
        MvcResult r = mvc.perform(multipart("/admin/units/populations").file(file).with(csrf())
                .with(SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername("adm")))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/admin/units");
        assertThat(r.getFlashMap().get("errorCode")).isEqualTo("INVALID_IMPORT");
        assertThat(r.getFlashMap().get("problems")).asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST).hasSize(1);
    }

    private MvcResult send(String type, byte[] body) throws Exception {
        return mvc.perform(post("/api/v1/units/populations").with(httpBasic("adm", PASSWORD)).contentType(type).content(body))
                .andReturn();
    }

    private static byte[] workbook(int people) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = book.createSheet("人口");
            var head = sheet.createRow(0);
            head.createCell(0).setCellValue("code");
            head.createCell(1).setCellValue("population");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(JIANWAI);
            row.createCell(1).setCellValue(people);
            book.write(out);
            return out.toByteArray();
        }
    }

    private Integer population(String code) {
        return jdbc.sql("SELECT population FROM unit WHERE code = :c").param("c", code)
                .query((rs, n) -> (Integer) rs.getObject("population")).list().getFirst(); // null: not known
    }

}
