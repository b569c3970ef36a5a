package org.minhu.ticket;

/** The citizen's answer at callback: are you satisfied? */
public enum Satisfied { SATISFIED, BASICALLY, DISSATISFIED }
