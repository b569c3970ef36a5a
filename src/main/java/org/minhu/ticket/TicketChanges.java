package org.minhu.ticket;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a ticket's verbs added to its children, or changed in them, since it was loaded or last
 * stored: exactly the rows its repository writes besides the ticket's own (the events are the
 * ticket's {@code events}). Assignments count by identity, in the order the verbs touched them.
 */
final class TicketChanges {

    private final List<Assignment> added = new ArrayList<>();
    private final Set<Assignment> changed = new LinkedHashSet<>();
    private final List<CallbackRecord> callbacks = new ArrayList<>();
    private final Set<Whistle> whistles = new LinkedHashSet<>();

    void added(Assignment a) {
        added.add(a);
    }

    /** A stored assignment a verb changed; one added since is written whole by its insert anyway. */
    void changed(Assignment a) {
        if (!added.contains(a)) {
            changed.add(a);
        }
    }

    void recorded(CallbackRecord c) {
        callbacks.add(c);
    }

    /** A whistle blown or closed: a new one is inserted, a stored one updated. */
    void whistle(Whistle w) {
        whistles.add(w);
    }

    /** Whistles to write, before the assignments that name them. */
    Collection<Whistle> whistles() {
        return whistles;
    }

    /** New assignments, to insert, in the order they were made (a relay before what it forwards). */
    List<Assignment> added() {
        return added;
    }

    /** Stored assignments to update. */
    Collection<Assignment> changed() {
        return changed;
    }

    /** New callbacks, to insert. */
    List<CallbackRecord> callbacks() {
        return callbacks;
    }

    /** Everything is stored now. */
    void clear() {
        added.clear();
        changed.clear();
        callbacks.clear();
        whistles.clear();
    }
}
