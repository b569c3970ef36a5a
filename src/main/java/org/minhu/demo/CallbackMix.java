package org.minhu.demo;

import org.minhu.ticket.CallbackResult;
import org.minhu.ticket.Resolved;
import org.minhu.ticket.Satisfied;

/**
 * What citizens say when the centre calls back: about three in four resolved and most of those
 * satisfied; a laggard's citizens markedly less often. One in twenty is not
 * reached at all.
 */
final class CallbackMix {

    /** What an exemplary community's citizens say: solved, and satisfied. */
    static final CallbackResult PRAISE = new CallbackResult(false, Resolved.YES, Satisfied.SATISFIED);

    private final Dice dice;

    CallbackMix(Dice dice) {
        this.dice = dice;
    }

    CallbackResult next(boolean laggard) {
        if (dice.chance(0.05)) {
            return new CallbackResult(true, null, null);
        }
        Resolved resolved = resolved(laggard, dice.nextDouble());
        return new CallbackResult(false, resolved, satisfied(resolved, laggard, dice.nextDouble()));
    }

    /** A reached citizen who says it was not solved: the ticket may be reopened. */
    static boolean unresolved(CallbackResult result) {
        return !result.unreachable() && result.resolved() == Resolved.NO;
    }

    private static Resolved resolved(boolean laggard, double x) {
        return laggard
                ? (x < 0.45 ? Resolved.YES : x < 0.65 ? Resolved.PARTLY : Resolved.NO)
                : (x < 0.765 ? Resolved.YES : x < 0.885 ? Resolved.PARTLY : Resolved.NO);
    }

    /** Satisfaction follows the outcome; even a solved problem leaves a laggard's citizens less pleased. */
    private static Satisfied satisfied(Resolved resolved, boolean laggard, double y) {
        return switch (resolved) {
            case YES -> laggard ? (y < 0.7 ? Satisfied.SATISFIED : y < 0.92 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED)
                    : (y < 0.88 ? Satisfied.SATISFIED : y < 0.99 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED);
            case PARTLY -> y < 0.28 ? Satisfied.SATISFIED : y < 0.74 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED;
            case NO -> y < 0.07 ? Satisfied.SATISFIED : y < 0.3 ? Satisfied.BASICALLY : Satisfied.DISSATISFIED;
        };
    }
}
