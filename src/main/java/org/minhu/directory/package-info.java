/**
 * Directory: the units (承办单位: the 12345 centre, districts, streets and townships,
 * communities, departments, utilities) with their aliases, and the users who act for them.
 * Public API: {@link org.minhu.directory.Units}, {@link org.minhu.directory.UnitNames},
 * {@link org.minhu.directory.Unit}, {@link org.minhu.directory.UnitKind},
 * {@link org.minhu.directory.Role}, {@link org.minhu.directory.Actor},
 * {@link org.minhu.directory.RandomPassword}. Reference units are loaded
 * at startup from {@code src/main/resources/reference/} (see THIRD-PARTY-NOTICES.md).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform"})
package org.minhu.directory;
