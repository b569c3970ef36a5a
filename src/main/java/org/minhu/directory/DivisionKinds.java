package org.minhu.directory;

/**
 * How a division from the NBS code table becomes a {@link UnitKind}.
 *
 * <ul>
 *   <li>county level (区) → DISTRICT;</li>
 *   <li>township level: a name ending in 街道 → SUBDISTRICT; ending in 地区 (a 地区办事处, which is
 *       one body with a 乡 or 镇 of the same name) → TOWNSHIP; ending in 镇 or 乡 → TOWNSHIP;</li>
 *   <li>anything else at township level: the NBS "类似乡级单位" (codes 4xx: 北京经济技术开发区,
 *       大兴国际机场, 北京雁栖经济开发区 …) → TOWNSHIP, since they administer villages and
 *       communities like a township and are dispatched to like one; an administrator may change
 *       a unit's kind later;</li>
 *   <li>village level (社区居委会, 村委会) → COMMUNITY.</li>
 * </ul>
 */
final class DivisionKinds {

    private DivisionKinds() {
    }

    static UnitKind of(String level, String name) {
        return switch (level) {
            case "district" -> UnitKind.DISTRICT;
            case "street" -> name.endsWith("街道") ? UnitKind.SUBDISTRICT : UnitKind.TOWNSHIP;
            case "village" -> UnitKind.COMMUNITY;
            default -> throw new IllegalArgumentException("Unknown division level " + level + " of " + name);
        };
    }
}
