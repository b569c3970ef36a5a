package org.minhu.ticket;

import java.time.Instant;

/**
 * 吹哨: a street or township summoning departments and utilities to one of its tickets. The
 * summoned units' assignments carry their {@link Summons}; the whistle stays open until the lead
 * completes (事不完、人不走) or the ticket ends. Its id is taken from the sequence when it is blown,
 * so its events can name it before it is stored.
 */
final class Whistle {

    enum Status { OPEN, CLOSED }

    final long id;
    final String unitCode;
    final WhistleType type;
    final String note;
    final Instant blownAt;
    final String blownBy;
    Status status;
    Instant closedAt;
    /** Stored already; a new one is inserted before the assignments that name it. */
    boolean stored;

    Whistle(long id, String unitCode, WhistleType type, String note, Instant blownAt, String blownBy, Status status) {
        this.id = id;
        this.unitCode = unitCode;
        this.type = type;
        this.note = note;
        this.blownAt = blownAt;
        this.blownBy = blownBy;
        this.status = status;
        this.stored = true;
    }

    static Whistle blown(long id, String unitCode, WhistleType type, String note, Instant now, String by) {
        Whistle w = new Whistle(id, unitCode, type, note, now, by, Status.OPEN);
        w.stored = false;
        return w;
    }

    boolean isOpen() {
        return status == Status.OPEN;
    }

    void close(Instant now) {
        status = Status.CLOSED;
        closedAt = now;
    }
}
