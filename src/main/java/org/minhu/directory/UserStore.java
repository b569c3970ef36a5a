package org.minhu.directory;

import java.util.Optional;
import org.minhu.platform.LikePatterns;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Users in {@code app_user}, for sign-in. */
@Component
class UserStore implements UserDetailsService {

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }

    Optional<MinhuPrincipal> find(String username) {
        return jdbc.sql("""
                SELECT u.username, u.password_hash, u.enabled, u.role, u.unit_code, u.changed_at,
                       CASE WHEN un.kind = 'CENTER' THEN NULL ELSE un.district_code END AS district_code
                FROM app_user u LEFT JOIN unit un ON un.code = u.unit_code
                WHERE lower(u.username) = lower(:username)""")
                .param("username", username)
                .query((rs, n) -> new MinhuPrincipal(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getString("unit_code"), rs.getString("district_code")),
                        rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    boolean anyUser() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE lower(username) = lower(:u))").param("u", username)
                .query(Boolean.class).single();
    }

    /** Inserts the user unless the name is taken; true when inserted. */
    boolean insert(String username, String passwordHash, Role role, String unitCode, String displayName) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, unit_code, display_name)
                VALUES (:username, :hash, :role, :unit, :display)
                ON CONFLICT DO NOTHING""")
                .param("username", username).param("hash", passwordHash).param("role", role.name())
                .param("unit", unitCode).param("display", displayName)
                .update() == 1;
    }

    /** A user row for {@link #insertAll}. */
    record Row(String username, Role role, String unitCode, String displayName) {
    }

    /** Inserts the users whose names are free, all with one password hash, in one statement; returns how many. */
    int insertAll(java.util.List<Row> rows, String passwordHash) {
        int n = rows.size();
        String[] names = new String[n];
        String[] roles = new String[n];
        String[] units = new String[n];
        String[] displays = new String[n];
        for (int i = 0; i < n; i++) {
            Row r = rows.get(i);
            names[i] = r.username();
            roles[i] = r.role().name();
            units[i] = r.unitCode();
            displays[i] = r.displayName();
        }
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, unit_code, display_name)
                SELECT u.username, ?, u.role, u.unit_code, u.display_name
                  FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::text[])
                       AS u (username, role, unit_code, display_name)
                ON CONFLICT DO NOTHING""")
                .param(passwordHash).param(names).param(roles).param(units).param(displays).update();
    }

    /** The enabled flag and last change of a user, or empty when there is none. */
    Optional<Freshness> freshness(String username) {
        return jdbc.sql("SELECT enabled, changed_at FROM app_user WHERE lower(username) = lower(:u)").param("u", username)
                .query((rs, n) -> new Freshness(rs.getBoolean(1), rs.getObject(2, java.time.OffsetDateTime.class).toInstant()))
                .optional();
    }

    record Freshness(boolean enabled, java.time.Instant changedAt) {
    }

    /** One page of users, by name, filtered; the total with it. */
    org.minhu.platform.Page<UserView> list(Role role, String unitCode, Boolean enabled, String q, int page, int size) {
        java.util.List<String> conditions = new java.util.ArrayList<>();
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (role != null) {
            conditions.add("role = :role");
            params.put("role", role.name());
        }
        if (unitCode != null) {
            conditions.add("unit_code = :unit");
            params.put("unit", unitCode);
        }
        if (enabled != null) {
            conditions.add("enabled = :enabled");
            params.put("enabled", enabled);
        }
        if (q != null && !q.isBlank()) {
            conditions.add("(lower(username) LIKE :q OR display_name ILIKE :q)");
            params.put("q", LikePatterns.containing(q.strip().toLowerCase(java.util.Locale.ROOT)));
        }
        String where = conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
        long total = jdbc.sql("SELECT count(*) FROM app_user" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        java.util.List<UserView> users = jdbc.sql("SELECT username, role, unit_code, display_name, enabled, created_at, changed_at"
                        + " FROM app_user" + where + " ORDER BY lower(username) LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> view(rs)).list();
        return new org.minhu.platform.Page<>(users, page, size, total);
    }

    Optional<UserView> view(String username) {
        return jdbc.sql("SELECT username, role, unit_code, display_name, enabled, created_at, changed_at FROM app_user"
                        + " WHERE lower(username) = lower(:u)").param("u", username).query((rs, n) -> view(rs)).optional();
    }

    private static UserView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new UserView(rs.getString("username"), Role.valueOf(rs.getString("role")), rs.getString("unit_code"),
                rs.getString("display_name"), rs.getBoolean("enabled"),
                rs.getObject("created_at", java.time.OffsetDateTime.class).toInstant(),
                rs.getObject("changed_at", java.time.OffsetDateTime.class).toInstant());
    }

    /** Sets what an administrator changed; every change ends the user's sign-ins. */
    void update(String username, boolean enabled, Role role, String unitCode, java.time.Instant at) {
        jdbc.sql("""
                        UPDATE app_user SET enabled = :enabled, role = :role, unit_code = :unit,
                            changed_at = GREATEST(:at, changed_at + interval '1 microsecond')
                         WHERE lower(username) = lower(:u)""")
                .param("enabled", enabled).param("role", role.name()).param("unit", unitCode)
                .param("at", java.sql.Timestamp.from(at)).param("u", username).update();
    }

    void setPassword(String username, String passwordHash, java.time.Instant at) {
        jdbc.sql("""
                        UPDATE app_user SET password_hash = :hash, changed_at = GREATEST(:at, changed_at + interval '1 microsecond')
                         WHERE lower(username) = lower(:u)""")
                .param("hash", passwordHash).param("at", java.sql.Timestamp.from(at)).param("u", username).update();
    }

    long enabledAdmins() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'ADMIN' AND enabled").query(Long.class).single();
    }
}
