/**
 * Ticket: the 诉求 aggregate and its lifecycle, the assignments to units, callbacks, the
 * append-only event log, intake with idempotency, and the deadline sweep. Other modules use
 * {@link org.minhu.ticket.Tickets} and listen to {@link org.minhu.ticket.TicketEventRecorded}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "calendar", "dispatch"})
package org.minhu.ticket;
