/**
 * Insight: full-text search over the tickets (a Lucene index per node in the data directory, fed
 * by the ticket event log), and, on top of it, duplicates at intake, hotspots and the monthly
 * themes. Other modules reach it through {@link org.minhu.ticket.TicketTextSearch}, which it
 * provides, and through its HTTP API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "ticket"})
package org.minhu.insight;
