package org.minhu.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/** An administrator defines PM2.5 (lower is better) and imports its values; streets are ranked on it. */
class IndicatorTest extends ApiTestSupport {

    @BeforeEach
    void pm25() throws Exception {
        ensureUsers();
        expect(200, putJson("adm", "/api/v1/indicators/PM25", Map.of("nameZh", "PM2.5累计浓度", "nameEn", "PM2.5 concentration",
                "unitOfMeasure", "μg/m³", "higherIsBetter", false, "peerGroups", List.of("SUBDISTRICT", "TOWNSHIP"))));
    }

    @Test
    void theLowestConcentrationRanksFirstAndTiesShare() throws Exception {
        JsonNode imported = expect(200, csv("adm", "unitCode,month,value\n" + JIANWAI + ",2026-01,31.5\n" + CHAOWAI
                + ",2026-01,28\n" + WANSHOULU + ",2026-01,31.5\n"));
        assertThat(imported.get("imported").asInt()).isEqualTo(3);

        JsonNode ranked = expect(200, getJson("sup-city", "/api/v1/indicators/PM25/2026-01?group=SUBDISTRICT"));
        assertThat(ranked.valueStream().map(r -> r.get("unitCode").asString() + "@" + r.get("rank").asInt()))
                .containsExactly(CHAOWAI + "@1", JIANWAI + "@2", WANSHOULU + "@2");
        JsonNode chaoyang = expect(200, getJson("sup-chaoyang", "/api/v1/indicators/PM25/2026-01"));
        assertThat(chaoyang.valueStream().map(r -> r.get("unitCode").asString() + "@" + r.get("districtRank").asInt()))
                .containsExactly(CHAOWAI + "@1", JIANWAI + "@2");
    }

    @Test
    void aFileWithABadRowIsReportedByLineAndNothingIsImported() throws Exception {
        JsonNode problem = expect(400, csv("adm", "unitCode,month,value\n" + JIANWAI + ",2026-02,30\n"
                + "NOPE,2026-02,30\n" + CHAOWAI + ",2026-13,30\n" + WANSHOULU + ",2026-02,many\n" + JIANWAI + ",2026-02,31\n"
                + CHAOYANG + ",2026-02,30\n"));
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_IMPORT");
        assertThat(problem.get("problems").valueStream().map(p -> p.get("line").asLong())).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(expect(200, getJson("adm", "/api/v1/indicators/PM25/2026-02")).size()).isZero();
    }

    @Test
    void onlyAdministratorsDefineAndImportAndADefinitionIsChecked() throws Exception {
        assertThat(expect(403, csv("sup-city", "unitCode,month,value\n" + JIANWAI + ",2026-03,30\n")).get("code").asString())
                .isEqualTo("FORBIDDEN");
        assertThat(expect(400, putJson("adm", "/api/v1/indicators/pm", Map.of("nameZh", "x", "nameEn", "x",
                "unitOfMeasure", "x", "higherIsBetter", true, "peerGroups", List.of("SUBDISTRICT")))).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(expect(400, putJson("adm", "/api/v1/indicators/SAFETY", Map.of("nameZh", "平安指数", "nameEn", "Safety",
                "unitOfMeasure", "分", "higherIsBetter", true, "peerGroups", List.of()))).get("code").asString())
                .isEqualTo("VALIDATION_FAILED");
        assertThat(expect(404, getJson("adm", "/api/v1/indicators/NONE/2026-01")).get("code").asString())
                .isEqualTo("INDICATOR_NOT_FOUND");
        assertThat(expect(200, getJson("op", "/api/v1/indicators")).valueStream()
                .map(i -> i.get("code").asString())).contains("PM25");
    }

    @Test
    void anExcelWorkbookIsImportedLikeACsvWithItsRowNumbers() throws Exception {
        JsonNode imported = expect(200, xlsx(book -> {
            var sheet = book.createSheet("PM2.5");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("month");     // any order of columns
            header.createCell(1).setCellValue("unitCode");
            header.createCell(2).setCellValue("value");
            var first = sheet.createRow(1);
            var date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm"));
            first.createCell(0).setCellValue(java.time.LocalDate.of(2026, 4, 1));   // a date cell
            first.getCell(0).setCellStyle(date);
            first.createCell(1).setCellValue(JIANWAI);
            first.createCell(2).setCellValue(33.25);
            var second = sheet.createRow(2);
            second.createCell(0).setCellValue("2026-04");                         // text
            second.createCell(1).setCellValue(CHAOWAI);
            second.createCell(2).setCellValue("29");
        }));
        assertThat(imported.get("imported").asInt()).isEqualTo(2);
        JsonNode april = expect(200, getJson("sup-city", "/api/v1/indicators/PM25/2026-04"));
        assertThat(april.valueStream().map(r -> r.get("unitCode").asString() + "=" + r.get("value").decimalValue().stripTrailingZeros().toPlainString()))
                .containsExactly(CHAOWAI + "=29", JIANWAI + "=33.25");

        JsonNode bad = expect(400, xlsx(book -> {
            var sheet = book.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("unitCode");
            header.createCell(1).setCellValue("month");
            header.createCell(2).setCellValue("value");
            var row = sheet.createRow(3);                                         // the spreadsheet's row 4
            row.createCell(0).setCellValue("NOPE");
            row.createCell(1).setCellValue("2026-05");
            row.createCell(2).setCellValue(1);
        }));
        assertThat(bad.get("problems").get(0).get("line").asLong()).isEqualTo(4);
        assertThat(expect(400, mvc.perform(post("/api/v1/indicators/PM25/values").with(httpBasic("adm", PASSWORD))
                .contentType(XLSX).content("not a workbook".getBytes())).andReturn()).get("code").asString())
                .isEqualTo("INVALID_IMPORT");
    }

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private MvcResult xlsx(java.util.function.Consumer<org.apache.poi.xssf.usermodel.XSSFWorkbook> fill) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            fill.accept(book);
            book.write(out);
        }
        return mvc.perform(post("/api/v1/indicators/PM25/values").with(httpBasic("adm", PASSWORD))
                .contentType(XLSX).content(out.toByteArray())).andReturn();
    }

    private MvcResult csv(String user, String body) throws Exception {
        return mvc.perform(post("/api/v1/indicators/PM25/values").with(httpBasic(user, PASSWORD))
                .contentType("text/csv").content(body.getBytes(java.nio.charset.StandardCharsets.UTF_8))).andReturn();
    }
}
