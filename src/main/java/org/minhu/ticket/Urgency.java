package org.minhu.ticket;

/** How pressing a ticket is; with the unit's kind it decides the deadline class of an assignment. */
public enum Urgency { NORMAL, URGENT, COMPLEX }
