package org.minhu.ticket;

/** 诉求类型: consultation, help, complaint, report, suggestion, praise. */
public enum RequestType { CONSULTATION, HELP, COMPLAINT, REPORT, SUGGESTION, PRAISE }
