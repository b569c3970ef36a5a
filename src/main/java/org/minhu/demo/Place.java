package org.minhu.demo;

import org.minhu.directory.Unit;

/** Where a request happens: the district, the street or township, one of its communities. */
record Place(Unit district, Unit street, String community) {
}
