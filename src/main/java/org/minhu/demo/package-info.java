/**
 * Demo: {@code --demo} (or {@code MINHU_DEMO=true}, property {@code minhu.demo.enabled}) loads a
 * realistic city at startup, once: users for every role (operators {@code op01…op05}, a handler
 * {@code h-<unit code>} for every street, township, department and utility, a supervisor
 * {@code sup-<district code>} per district and {@code sup-city}, an extra administrator
 * {@code demo-admin}) and the tickets of the last three full months and the current one (about
 * 120,000) in every state of the lifecycle, with their assignments, callbacks, exemptions and
 * event log, and the assessment of every month before the current one published. The texts are
 * made from Minhu's own request templates ({@code demo/requests.txt}) and the real place names
 * of the directory.
 *
 * <p>It writes nothing itself: users go through {@link org.minhu.directory.Users}, tickets through
 * {@link org.minhu.ticket.TicketImport}, which replays every step on the real ticket aggregate,
 * and the months are published through {@link org.minhu.assessment.Assessments}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"platform", "directory", "calendar", "dispatch",
        "ticket", "assessment", "knowledge"})
package org.minhu.demo;
