package org.minhu.dispatch;

/**
 * 分类: one node of the three-level problem taxonomy (一级 › 二级 › 三级). Tickets carry leaf
 * (level 3) codes such as {@code 03.02.01}. {@code defaultUnitKind} (SUBDISTRICT: the street or
 * township of the place; DEPARTMENT; ENTERPRISE; CENTER: usually answered by the operator) and
 * {@code defaultUnitCode} (the usual department or utility) are routing hints, null on the upper levels.
 * {@code validFrom}, {@code validTo}: the days it is chosen for new tickets (valid_to exclusive, null:
 * not retired); tickets that carry a retired category keep it.
 */
public record Category(String code, String name, String parentCode, int level, String defaultUnitKind,
                       String defaultUnitCode, java.time.LocalDate validFrom, java.time.LocalDate validTo) {

    public Category(String code, String name, String parentCode, int level, String defaultUnitKind, String defaultUnitCode) {
        this(code, name, parentCode, level, defaultUnitKind, defaultUnitCode, java.time.LocalDate.of(2000, 1, 1), null);
    }

    /** Chosen for new tickets on {@code day}: begun, not retired. */
    public boolean inForceOn(java.time.LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || day.isBefore(validTo));
    }

    public boolean isLeaf() {
        return level == 3;
    }
}
