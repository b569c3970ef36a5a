package org.minhu.calendar;

/** The steps that run against a deadline. */
public enum DeadlineStep {
    /** 签收: the unit acknowledges the assignment. */
    ACCEPT,
    /** 退单: how long after dispatch a unit may still say "not ours". */
    RETURN,
    /** 响应: the unit has contacted the citizen. */
    RESPOND,
    /** 办结: the unit files the outcome. */
    COMPLETE,
    /** 回访: the centre calls the citizen back after completion. */
    CALLBACK,
    /** 吹哨报到: a summoned department reports in. */
    WHISTLE_REPORT
}
