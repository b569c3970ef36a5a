package org.minhu.ticket;

/** 督办级别: who flagged the ticket, the district or the city. */
public enum SupervisionLevel { DISTRICT, CITY }
