package org.minhu.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minhu.support.ApiTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The street an address names, the way Beijing people write addresses. */
class AddressJurisdictionTest extends ApiTestSupport {

    @Autowired
    Routing routing;
    @Autowired
    JdbcClient jdbc;

    private List<RoutingSuggestion> route(String address) {
        return routing.suggest(new RoutingQuery(address, "", null, null, null, null));
    }

    private String top(String address) {
        List<RoutingSuggestion> suggestions = route(address);
        assertThat(suggestions).as(address).isNotEmpty();
        return suggestions.getFirst().unitCode() + "@" + suggestions.getFirst().reason();
    }

    @Test
    void aTownshipWrittenByItsOtherName() {
        assertThat(top("北京市朝阳区将台乡驼房营路8号")).isEqualTo("110105023000@ADDRESS_NAMES_STREET"); // 将台地区
    }

    @Test
    void aRenamedDistrictStillNamesItsDistrictAndTheStreetIsFound() {
        assertThat(top("宣武区牛街东里2号楼")).isEqualTo("110102018000@ADDRESS_NAMES_STREET"); // 牛街街道
        assertThat(route("宣武区菜市口附近")).extracting(RoutingSuggestion::unitCode).contains("110102000000");
    }

    @Test
    void aStreetWrittenWithoutItsSuffix() {
        RoutingSuggestion s = route("朝阳区建外SOHO东区").getFirst();
        assertThat(s.unitCode()).isEqualTo(JIANWAI);
        assertThat(s.score()).as("a short form is a little less sure").isLessThan(0.95);
    }

    @Test
    void aCommunityWithItsStreetConfirmsTheStreet() {
        assertThat(top("建外街道永安里社区12号楼")).isEqualTo(JIANWAI + "@ADDRESS_NAMES_COMMUNITY");
    }

    @Test
    void aCommunityOfTheSameNameUnderAnotherStreetLosesToTheNamedStreet() {
        // two communities written alike under different streets: the street named decides
        var twins = jdbc.sql("""
                SELECT a.code AS a, b.code AS b, regexp_replace(a.name, '(社区居委会|村委会)$', '') AS base,
                       sa.name AS street_b
                FROM unit a JOIN unit b ON regexp_replace(a.name, '(社区居委会|村委会)$', '') = regexp_replace(b.name, '(社区居委会|村委会)$', '')
                     AND a.code < b.code AND a.parent_code <> b.parent_code AND a.name LIKE '%社区居委会' AND b.name = a.name
                JOIN unit sa ON sa.code = b.parent_code AND sa.name LIKE '%街道'
                WHERE a.kind = 'COMMUNITY' LIMIT 1""").query((rs, n) -> new String[] {rs.getString("b"), rs.getString("base"),
                rs.getString("street_b")}).single();
        String streetOfB = jdbc.sql("SELECT parent_code FROM unit WHERE code = :c").param("c", twins[0]).query(String.class).single();
        assertThat(top(twins[2] + twins[1] + "社区5号")).isEqualTo(streetOfB + "@ADDRESS_NAMES_COMMUNITY");
    }

    @Test
    void aStreetWhoseNameBeginsLikeADistrictIsThatStreet() {
        List<RoutingSuggestion> s = route("东城区朝阳门内大街");
        assertThat(s.getFirst().unitCode()).isEqualTo("110101007000"); // 朝阳门街道, not 朝阳区
        assertThat(s).extracting(RoutingSuggestion::unitCode).doesNotContain(CHAOYANG);
    }

    @Test
    void anAddressInNoKnownUnitProposesNothing() {
        assertThat(route("火星殖民地第三基地")).isEmpty();
    }
}
