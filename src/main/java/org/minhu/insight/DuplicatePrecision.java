package org.minhu.insight;

/**
 * How the duplicates proposed at intake fared over a period, counting only requests the centre
 * has dealt with (no longer just received): {@code proposedTickets} had at least one proposal;
 * {@code mergedIntoFirst} were merged into the first, {@code mergedIntoOther} into another
 * proposal, {@code mergedElsewhere} into a ticket not proposed, {@code notMerged} stood alone.
 * {@code precision}: the share of proposals the operators confirmed by merging
 * ({@code confirmedProposals} of {@code proposals}); {@code firstPrecision}: of the tickets with a
 * proposal, the share merged into the first one.
 */
public record DuplicatePrecision(long proposedTickets, long proposals, long confirmedProposals, long mergedIntoFirst,
                                 long mergedIntoOther, long mergedElsewhere, long notMerged, double precision,
                                 double firstPrecision) {
}
