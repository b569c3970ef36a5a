package org.minhu.demo;

import java.util.ArrayList;
import java.util.List;
import org.minhu.directory.Actor;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;

/** Who acts on the demo's tickets: the centre's operators in turn by chance, each unit's handler, the supervisors. */
final class Staff {

    private final Dice dice;
    private final List<Actor> operators = new ArrayList<>();
    private final Actor citySupervisor = new Actor(DemoUsers.CITY_SUPERVISOR, Role.SUPERVISOR, DemoCity.CENTRE, null);

    Staff(Dice dice) {
        this.dice = dice;
        for (String u : DemoUsers.OPERATORS) {
            operators.add(new Actor(u, Role.OPERATOR, DemoCity.CENTRE, null));
        }
    }

    /** Any operator of the centre: whoever picks up. */
    Actor operator() {
        return operators.get(dice.nextInt(operators.size()));
    }

    static Actor handler(Unit unit) {
        return new Actor(DemoUsers.handlerName(unit), Role.HANDLER, unit.code(), unit.districtCode());
    }

    /** Mostly the district's supervisor, sometimes the city's. */
    Actor supervisor(Unit district) {
        if (dice.chance(0.2)) {
            return citySupervisor;
        }
        return districtSupervisor(district);
    }

    /** The district's own supervisor, who decides its exemptions. */
    static Actor districtSupervisor(Unit district) {
        return new Actor(DemoUsers.supervisorName(district), Role.SUPERVISOR, district.code(), district.code());
    }
}
