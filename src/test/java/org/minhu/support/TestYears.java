package org.minhu.support;

import java.util.List;
import java.util.Map;

/**
 * Made-up official years for the tests, as an administrator would enter them: every day off by law
 * (《全国年节及纪念日放假办法》, 2024 revision) and a long Spring Festival with make-up workdays. Not
 * the State Council's actual arrangement.
 */
public final class TestYears {

    /** 2027: 元旦 01-01..03; 春节 02-05 (除夕) ..02-13 with make-up Sundays 01-31 and 02-14; the other days by law. */
    public static final Map<String, Object> YEAR_2027 = Map.of(
            "holidays", List.of("2027-01-01", "2027-01-02", "2027-01-03",
                    "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-02-09", "2027-02-10", "2027-02-11",
                    "2027-02-12", "2027-02-13", "2027-04-05", "2027-05-01", "2027-05-02", "2027-06-09", "2027-09-15",
                    "2027-10-01", "2027-10-02", "2027-10-03"),
            "workdays", List.of("2027-01-31", "2027-02-14"),
            "note", "test data, not the State Council's");

    /** 2028: the days off by law only. */
    public static final Map<String, Object> YEAR_2028 = Map.of(
            "holidays", List.of("2028-01-01", "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-04-04",
                    "2028-05-01", "2028-05-02", "2028-05-28", "2028-10-01", "2028-10-02", "2028-10-03"));

    private TestYears() {
    }
}
