package org.minhu.calendar;

/** How fast an assignment must move: urgent, a utility's, normal, or complex. */
public enum DeadlineClass {
    URGENT, UTILITY, NORMAL, COMPLEX
}
