package org.minhu.insight;

/**
 * Where a node's index stands. {@code READY}: complete up to its horizon, searches use it.
 * {@code BUILDING}: no complete index yet, searches go to the database meanwhile and say so.
 */
public enum IndexState {
    READY, BUILDING
}
