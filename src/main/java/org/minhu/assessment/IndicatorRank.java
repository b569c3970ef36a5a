package org.minhu.assessment;

import java.math.BigDecimal;
import org.minhu.directory.UnitKind;

/** One unit's value of an indicator in a month and its rank in its peer group, citywide and in its district. */
public record IndicatorRank(String unitCode, String unitName, UnitKind group, String districtCode, BigDecimal value,
                            Integer rank, Integer districtRank) {
}
