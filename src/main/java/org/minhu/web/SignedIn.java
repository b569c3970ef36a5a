package org.minhu.web;

import org.minhu.directory.Actor;
import org.minhu.directory.Actors;
import org.minhu.directory.Units;
import org.springframework.stereotype.Component;

/** Who is signed in, for the header: {@code ${@signedIn.role()}}, {@code ${@signedIn.unit()}}. */
@Component
class SignedIn {

    private final Units units;

    SignedIn(Units units) {
        this.units = units;
    }

    /** The role's name (OPERATOR, HANDLER, SUPERVISOR, ADMIN). */
    public String role() {
        return Actors.current().role().name();
    }

    /** The unit a handler works in, or the district (the city) a supervisor watches; empty for the others. */
    public String unit() {
        Actor actor = Actors.current();
        if (actor.unitCode() == null) {
            return "";
        }
        return units.nameOf(actor.unitCode()).orElse(actor.unitCode());
    }
}
