package org.minhu.dispatch;

/**
 * 分类: one node of the three-level problem taxonomy (一级 › 二级 › 三级). Tickets carry leaf
 * (level 3) codes such as {@code 03.02.01}. {@code defaultUnitKind} (SUBDISTRICT: the street or
 * township of the place; DEPARTMENT; ENTERPRISE; CENTER: usually answered by the operator) and
 * {@code defaultUnitCode} (the usual department or utility) are routing hints, null on the upper levels.
 */
public record Category(String code, String name, String parentCode, int level, String defaultUnitKind,
                       String defaultUnitCode) {

    public boolean isLeaf() {
        return level == 3;
    }
}
