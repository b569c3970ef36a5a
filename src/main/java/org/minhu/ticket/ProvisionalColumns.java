package org.minhu.ticket;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.minhu.calendar.Due;

/**
 * How the provisional marks of deadlines are stored: an assignment's as the names of its
 * provisional deadlines and one {@code provisional_beyond} year (the earliest of theirs, so the
 * recompute never misses one), a ticket's callback deadline as its own year.
 */
final class ProvisionalColumns {

    private ProvisionalColumns() {
    }

    /** {@code provisional_deadlines} as an array literal, e.g. {@code {COMPLETE,EXTENSION}}. */
    static String names(Assignment a) {
        return a.provisional().stream().map(Enum::name).collect(Collectors.joining(",", "{", "}"));
    }

    /** {@code provisional_beyond}: the earliest year among the provisional deadlines, or null. */
    static Integer beyond(Assignment a) {
        return a.dues().values().stream().filter(Due::provisional).map(Due::provisionalBeyond)
                .min(Integer::compare).orElse(null);
    }

    static Integer beyond(Due due) {
        return due == null ? null : due.provisionalBeyond();
    }

    /** The stored marks of one assignment row, to rebuild its deadlines with. */
    record Marks(Set<ProvisionalDeadline> names, Integer beyond) {

        static Marks of(ResultSet rs) throws SQLException {
            Set<ProvisionalDeadline> names = EnumSet.noneOf(ProvisionalDeadline.class);
            Array array = rs.getArray("provisional_deadlines");
            if (array != null) {
                for (Object name : (Object[]) array.getArray()) {
                    names.add(ProvisionalDeadline.valueOf((String) name));
                }
            }
            int beyond = rs.getInt("provisional_beyond");
            return new Marks(names, rs.wasNull() ? null : beyond);
        }

        Due due(ProvisionalDeadline name, java.time.Instant at) {
            return at == null ? null : new Due(at, names.contains(name) ? beyond : null);
        }
    }
}
