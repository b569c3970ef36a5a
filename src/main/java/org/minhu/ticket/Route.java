package org.minhu.ticket;

/** 直派 (DIRECT: centre → street) or 转派 (RELAYED: via the district). */
public enum Route { DIRECT, RELAYED }
