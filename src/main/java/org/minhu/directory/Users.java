package org.minhu.directory;

import org.minhu.platform.MinhuException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Creates users, checking that each role is bound to the kind of unit it acts for. */
@Service
public class Users {

    private final UserStore store;
    private final Units units;
    private final PasswordEncoder encoder;

    Users(UserStore store, Units units, PasswordEncoder encoder) {
        this.store = store;
        this.units = units;
        this.encoder = encoder;
    }

    public UserView create(NewUser user) {
        String unitCode = blankToNull(user.unitCode());
        checkBinding(user.role(), unitCode);
        if (!store.insert(user.username(), encoder.encode(user.password()), user.role(), unitCode, user.displayName())) {
            throw MinhuException.conflict("USERNAME_TAKEN", "The username " + user.username() + " is taken");
        }
        return new UserView(user.username(), user.role(), unitCode, user.displayName());
    }

    /** Creates the user unless one of that name exists; for first start and the demo. */
    public boolean createIfAbsent(NewUser user) {
        if (store.exists(user.username())) {
            return false;
        }
        create(user);
        return true;
    }

    public boolean anyUser() {
        return store.anyUser();
    }

    private void checkBinding(Role role, String unitCode) {
        switch (role) {
            case HANDLER -> {
                if (unitCode == null) {
                    throw MinhuException.invalid("UNIT_REQUIRED", "A handler acts for one unit: give unitCode");
                }
                UnitKind kind = known(unitCode).kind();
                if (kind == UnitKind.CENTER) {
                    throw MinhuException.invalid("INVALID_UNIT", "The 12345 centre is staffed by operators, not handlers");
                }
            }
            case SUPERVISOR -> {
                if (unitCode != null && !(known(unitCode).kind() == UnitKind.DISTRICT || known(unitCode).kind() == UnitKind.CENTER)) {
                    throw MinhuException.invalid("INVALID_UNIT", "A supervisor watches a district or the whole city");
                }
            }
            case OPERATOR, ADMIN -> {
                if (unitCode != null) {
                    known(unitCode);
                }
            }
        }
    }

    private Unit known(String code) {
        return units.find(code).orElseThrow(() -> MinhuException.invalid("INVALID_UNIT", "No unit " + code));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
