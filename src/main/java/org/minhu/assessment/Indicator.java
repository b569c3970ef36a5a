package org.minhu.assessment;

import java.util.List;
import org.minhu.directory.UnitKind;

/**
 * An indicator the review meeting ranks beside 接诉即办 (PM2.5, garbage sorting, the safety
 * index …): its code, its names, what its values are measured in, whether a higher value is the
 * better one, and the peer groups it applies to.
 */
public record Indicator(String code, String nameZh, String nameEn, String unitOfMeasure, boolean higherIsBetter,
                        List<UnitKind> peerGroups) {
}
