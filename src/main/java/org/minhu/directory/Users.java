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
        checkBinding(user.role(), unitCode, this::known);
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

    /**
     * Creates many users with one shared password, hashed once (a hash per user would take a
     * tenth of a second each), in one batch insert; names that exist already are skipped and
     * keep their password. Each user's own {@code password} is ignored. Every role is checked
     * against its unit as in {@link #create}. Returns how many users were inserted.
     */
    public int createAllWithPassword(java.util.List<NewUser> users, String password) {
        if (password == null || password.length() < 8) {
            throw MinhuException.invalid("VALIDATION_FAILED", "The shared password needs at least 8 characters");
        }
        java.util.Map<String, Unit> known = new java.util.HashMap<>();
        units.all().forEach(u -> known.put(u.code(), u));
        java.util.List<UserStore.Row> rows = new java.util.ArrayList<>(users.size());
        for (NewUser user : users) {
            String unitCode = blankToNull(user.unitCode());
            checkBinding(user.role(), unitCode, code -> known.containsKey(code) ? known.get(code) : known(code));
            rows.add(new UserStore.Row(user.username(), user.role(), unitCode, user.displayName()));
        }
        return rows.isEmpty() ? 0 : store.insertAll(rows, encoder.encode(password));
    }

    /** Whether a user of that name exists. */
    public boolean exists(String username) {
        return store.exists(username);
    }

    public boolean anyUser() {
        return store.anyUser();
    }

    private void checkBinding(Role role, String unitCode, java.util.function.Function<String, Unit> lookup) {
        switch (role) {
            case HANDLER -> {
                if (unitCode == null) {
                    throw MinhuException.invalid("UNIT_REQUIRED", "A handler acts for one unit: give unitCode");
                }
                UnitKind kind = lookup.apply(unitCode).kind();
                if (kind == UnitKind.CENTER) {
                    throw MinhuException.invalid("INVALID_UNIT", "The 12345 centre is staffed by operators, not handlers");
                }
            }
            case SUPERVISOR -> {
                UnitKind kind = unitCode == null ? null : lookup.apply(unitCode).kind();
                if (unitCode != null && !(kind == UnitKind.DISTRICT || kind == UnitKind.CENTER)) {
                    throw MinhuException.invalid("INVALID_UNIT", "A supervisor watches a district or the whole city");
                }
            }
            case OPERATOR, ADMIN -> {
                if (unitCode != null) {
                    lookup.apply(unitCode);
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
