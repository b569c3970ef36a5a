package org.minhu.ticket;

/** The citizen's answer at callback: was it solved? */
public enum Resolved { YES, PARTLY, NO }
