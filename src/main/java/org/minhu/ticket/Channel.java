package org.minhu.ticket;

/** 渠道: how a request reached the centre. */
public enum Channel { PHONE, WEB, APP, WECHAT, EMAIL, MEDIA, OPEN311, PROACTIVE }
