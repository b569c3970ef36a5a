package org.minhu.directory;

import java.util.List;

/**
 * Units by name: their current name or any alias a renamed or double-named unit is known by
 * (将台乡 for 将台地区, 宣武区 for 西城区, full names of departments …).
 */
public interface UnitNames {

    /** Units whose name or one of whose aliases is exactly {@code nameOrAlias}; usually one, never null. */
    List<Unit> named(String nameOrAlias);

    /** The aliases of a unit, sorted; empty when it has none or does not exist. */
    List<String> aliases(String code);

    /** Every alias with the code of the unit it names (renamed units, 地区/乡 pairs, full names …). */
    List<java.util.Map.Entry<String, String>> allAliases();
}
