package org.minhu.ticket;

/** 主办 (LEAD) or 协办 (ASSIST). The ticket is completed when its LEAD assignment is. */
public enum AssignmentRole { LEAD, ASSIST }
