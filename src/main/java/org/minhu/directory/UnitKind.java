package org.minhu.directory;

/** The kinds of {@link Unit}: the 12345 centre, districts, streets and townships, communities, departments, utilities. */
public enum UnitKind {
    CENTER, DISTRICT, SUBDISTRICT, TOWNSHIP, COMMUNITY, DEPARTMENT, ENTERPRISE;

    /** Streets and townships: the units a district's 接诉即办 ranking is mostly about. */
    public boolean isStreetLevel() {
        return this == SUBDISTRICT || this == TOWNSHIP;
    }
}
