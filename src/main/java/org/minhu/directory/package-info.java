/**
 * Directory: the units (承办单位) with their division codes, kinds, parents and validity, and the
 * users who act for them. {@link org.minhu.directory.Units} and {@link org.minhu.directory.Actor}
 * are how other modules see it.
 */
package org.minhu.directory;
