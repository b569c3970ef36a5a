package org.minhu.directory;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@SpringBootTest
@AutoConfigureMockMvc
class UnitApiTest {

    @Autowired
    MockMvc mvc;

    private static RequestPostProcessor operator() {
        return user("someone").roles("OPERATOR");
    }

    @Test
    void listsUnitsPagedByCodeWithDefaultSizeFifty() throws Exception {
        mvc.perform(get("/api/v1/units").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath("$.size").value(50))
                .andExpect(jsonPath("$.totalElements").value(greaterThanOrEqualTo(7_800)))
                .andExpect(jsonPath("$.content.length()").value(50))
                .andExpect(jsonPath("$.content[0].code").value("110000000000"))
                .andExpect(jsonPath("$.content[0]", not(hasKey("aliases"))));
    }

    @Test
    void aPageOfUnitsHasTheShapeOfEveryListEndpoint() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "1").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys()").value(containsInAnyOrder("content", "page", "size", "totalElements")));
    }

    @Test
    void kindFilterReturnsOnlyThatKind() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "DISTRICT").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(16))
                .andExpect(jsonPath("$.content[*].kind", everyItem(is("DISTRICT"))))
                .andExpect(jsonPath("$.content[?(@.code == '110108000000')].name").value(hasItem("海淀区")));
    }

    @Test
    void districtAndKindFiltersCombine() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "subdistrict,township").param("district", "110105000000")
                        .param("size", "500").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(43))
                .andExpect(jsonPath("$.content[*].districtCode", everyItem(is("110105000000"))))
                .andExpect(jsonPath("$.content[*].districtName", everyItem(is("朝阳区"))));
    }

    @Test
    void wildcardsInTheSearchTextMatchOnlyThemselves() throws Exception {
        for (String wildcard : new String[] {"%", "_", "\\"}) {
            mvc.perform(get("/api/v1/units").param("q", wildcard).with(operator()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.totalElements").value(0));
        }
    }

    @Test
    void textSearchFindsUnitsByAlias() throws Exception {
        mvc.perform(get("/api/v1/units").param("q", "将台乡").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalElements").value(1))
                .andExpect(jsonPath("$.content[0].code").value("110105023000"))
                .andExpect(jsonPath("$.content[0].name").value("将台地区"));
    }

    @Test
    void singleUnitCarriesAliasesAndDistrictName() throws Exception {
        mvc.perform(get("/api/v1/units/110105023000").with(operator()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.code").value("110105023000"))
                .andExpect(jsonPath("$.name").value("将台地区"))
                .andExpect(jsonPath("$.kind").value("TOWNSHIP"))
                .andExpect(jsonPath("$.parentCode").value("110105000000"))
                .andExpect(jsonPath("$.districtCode").value("110105000000"))
                .andExpect(jsonPath("$.districtName").value("朝阳区"))
                .andExpect(jsonPath("$.population").value(nullValue()))
                .andExpect(jsonPath("$.validFrom").value("2000-01-01"))
                .andExpect(jsonPath("$.validTo").value(nullValue()))
                .andExpect(jsonPath("$.aliases").value(hasItem("将台乡")));
    }

    @Test
    void unknownCodeIsNotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/units/119999999999").with(operator()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("UNIT_NOT_FOUND"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void sizeAboveFiveHundredIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/units").param("size", "501").with(operator()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void unknownKindIsBadRequest() throws Exception {
        mvc.perform(get("/api/v1/units").param("kind", "PLANET").with(operator()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_PARAMETER"));
    }

    @Test
    void anonymousCallersMayNotRead() throws Exception {
        mvc.perform(get("/api/v1/units")).andExpect(status().isUnauthorized());
    }
}
