package org.minhu.directory;

import org.minhu.platform.MinhuException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Users and their administration: creating them (names unique whatever their case, passwords by
 * {@link PasswordPolicy}, each role bound to the kind of unit it acts for), listing, disabling,
 * changing role or unit, resetting a password. Every administrative change is an
 * {@code admin_event} and ends the user's sign-ins at once.
 */
@Service
public class Users {

    /** Who acts when the system itself makes users (first start, demo). */
    static final String SYSTEM = "system";

    private final UserStore store;
    private final Units units;
    private final PasswordEncoder encoder;
    private final AdminEvents events;
    private final UserFreshness freshness;
    private final java.time.Clock clock;

    Users(UserStore store, Units units, PasswordEncoder encoder, AdminEvents events, UserFreshness freshness,
          java.time.Clock clock) {
        this.store = store;
        this.units = units;
        this.encoder = encoder;
        this.events = events;
        this.freshness = freshness;
        this.clock = clock;
    }

    public UserView create(NewUser user) {
        return create(user, SYSTEM);
    }

    /** Creates a user on an administrator's behalf; the creation is recorded. */
    @org.springframework.transaction.annotation.Transactional
    public UserView create(NewUser user, String by) {
        String unitCode = blankToNull(user.unitCode());
        checkBinding(user.role(), unitCode, this::known);
        PasswordPolicy.check(user.username(), user.password());
        if (!store.insert(user.username(), encoder.encode(user.password()), user.role(), unitCode, user.displayName())) {
            throw MinhuException.conflict("USERNAME_TAKEN", "The username " + user.username() + " is taken (in any case)");
        }
        events.record(clock.instant(), by, "USER_CREATED", user.username(), data("role", user.role().name(), "unitCode", unitCode));
        return store.view(user.username()).orElseThrow();
    }

    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public org.minhu.platform.Page<UserView> list(Role role, String unitCode, Boolean enabled, String q, int page, int size) {
        org.minhu.platform.Page.check(page, size);
        return store.list(role, blankToNull(unitCode), enabled, q, page, size);
    }

    /**
     * Enables or disables a user, or changes the role or unit (what is null stays). The last
     * enabled administrator cannot be disabled or lose the role ({@code LAST_ADMIN}).
     */
    @org.springframework.transaction.annotation.Transactional
    public UserView change(String username, Boolean enabled, Role role, String unitCode, String by) {
        UserView before = store.view(username).orElseThrow(() -> MinhuException.notFound("user", username));
        boolean nowEnabled = enabled == null ? before.enabled() : enabled;
        Role nowRole = role == null ? before.role() : role;
        String nowUnit = unitCode == null ? before.unitCode() : blankToNull(unitCode);
        checkBinding(nowRole, nowUnit, this::known);
        boolean losesAdmin = before.role() == Role.ADMIN && before.enabled() && (!nowEnabled || nowRole != Role.ADMIN);
        if (losesAdmin && store.enabledAdmins() <= 1) {
            throw MinhuException.conflict("LAST_ADMIN", "The last enabled administrator must stay one");
        }
        store.update(before.username(), nowEnabled, nowRole, nowUnit, clock.instant());
        freshness.forget(before.username());
        events.record(clock.instant(), by, "USER_CHANGED", before.username(), data("enabled", nowEnabled,
                "role", nowRole.name(), "unitCode", nowUnit, "before", data("enabled", before.enabled(),
                        "role", before.role().name(), "unitCode", before.unitCode())));
        return store.view(before.username()).orElseThrow();
    }

    /** Sets a new password for a user (never recorded, only that it was reset). */
    @org.springframework.transaction.annotation.Transactional
    public void resetPassword(String username, String password, String by) {
        UserView user = store.view(username).orElseThrow(() -> MinhuException.notFound("user", username));
        PasswordPolicy.check(user.username(), password);
        store.setPassword(user.username(), encoder.encode(password), clock.instant());
        freshness.forget(user.username());
        events.record(clock.instant(), by, "PASSWORD_RESET", user.username(), java.util.Map.of());
    }

    /** What administrators did, newest first. */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    public org.minhu.platform.Page<AdminEvent> adminEvents(int page, int size) {
        return events.list(page, size);
    }

    private static java.util.Map<String, Object> data(Object... keysAndValues) {
        java.util.Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
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
        PasswordPolicy.check(null, password);
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
                    throw MinhuException.invalid("INVALID_UNIT", "centre-handler", "The 12345 centre is staffed by operators, not handlers",
                            java.util.Map.of());
                }
            }
            case SUPERVISOR -> {
                UnitKind kind = unitCode == null ? null : lookup.apply(unitCode).kind();
                if (unitCode != null && !(kind == UnitKind.DISTRICT || kind == UnitKind.CENTER)) {
                    throw MinhuException.invalid("INVALID_UNIT", "supervisor-scope", "A supervisor watches a district or the whole city",
                            java.util.Map.of());
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
        return units.find(code).orElseThrow(() -> MinhuException.invalid("INVALID_UNIT", "no-unit", "No unit " + code,
                java.util.Map.of("unit", String.valueOf(code))));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
