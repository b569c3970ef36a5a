package org.minhu.demo;

import java.util.ArrayList;
import java.util.List;
import org.minhu.directory.NewUser;
import org.minhu.directory.Role;
import org.minhu.directory.Unit;

/** The demo's users: operators, a handler per street, township, department and utility, supervisors, an admin. */
final class DemoUsers {

    static final List<String> OPERATORS = List.of("op01", "op02", "op03", "op04", "op05");
    static final String CITY_SUPERVISOR = "sup-city";
    static final String ADMIN = "demo-admin";

    private DemoUsers() {
    }

    static String handlerName(Unit unit) {
        return "h-" + unit.code();
    }

    static String supervisorName(Unit district) {
        return "sup-" + district.code();
    }

    static List<NewUser> all(DemoCity city) {
        List<NewUser> users = new ArrayList<>();
        for (int i = 0; i < OPERATORS.size(); i++) {
            users.add(new NewUser(OPERATORS.get(i), null, Role.OPERATOR, DemoCity.CENTRE, "话务员" + (i + 1)));
        }
        for (Unit street : city.streets) {
            users.add(new NewUser(handlerName(street), null, Role.HANDLER, street.code(), street.name() + "接诉即办专员"));
        }
        for (Unit unit : city.departments) {
            users.add(new NewUser(handlerName(unit), null, Role.HANDLER, unit.code(), unit.name() + "接诉即办专员"));
        }
        for (Unit unit : city.enterprises) {
            users.add(new NewUser(handlerName(unit), null, Role.HANDLER, unit.code(), unit.name() + "客服专员"));
        }
        for (Unit district : city.districts) {
            users.add(new NewUser(supervisorName(district), null, Role.SUPERVISOR, district.code(), district.name() + "督办员"));
            // the district's 12345 office, which relays tickets to its streets and departments
            users.add(new NewUser(handlerName(district), null, Role.HANDLER, district.code(), district.name() + "12345办"));
        }
        users.add(new NewUser(CITY_SUPERVISOR, null, Role.SUPERVISOR, DemoCity.CENTRE, "市级督办员"));
        users.add(new NewUser(ADMIN, null, Role.ADMIN, null, "演示管理员"));
        return users;
    }
}
