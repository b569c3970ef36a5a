/**
 * Calendar: working days after the State Council holiday calendar (with make-up workdays),
 * working-time arithmetic and the deadline rules, which are data with effective dates.
 */
package org.minhu.calendar;
