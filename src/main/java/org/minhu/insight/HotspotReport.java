package org.minhu.insight;

import java.time.LocalDate;
import java.util.List;

/** The hotspots of a week (Monday to Sunday, city time), in a district or citywide: surges first by z, clusters by size. */
public record HotspotReport(LocalDate weekStart, LocalDate weekEnd, String districtCode, List<Surge> surges,
                            List<Cluster> clusters) {
}
