package org.minhu.ticket;

/** 哨型: how urgent a street's whistle is. */
public enum WhistleType {
    /** 日常哨: a routine problem that needs a department's hand. */
    DAILY,
    /** 攻坚哨: a hard, long-standing problem several departments must crack together. */
    TASK,
    /** 应急哨: an emergency. */
    EMERGENCY
}
