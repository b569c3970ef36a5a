package org.minhu.directory;

import java.util.Optional;
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
                SELECT u.username, u.password_hash, u.enabled, u.role, u.unit_code,
                       CASE WHEN un.kind = 'CENTER' THEN NULL ELSE un.district_code END AS district_code
                FROM app_user u LEFT JOIN unit un ON un.code = u.unit_code
                WHERE u.username = :username""")
                .param("username", username)
                .query((rs, n) -> new MinhuPrincipal(rs.getString("username"), rs.getString("password_hash"),
                        rs.getBoolean("enabled"), new Actor(rs.getString("username"), Role.valueOf(rs.getString("role")),
                        rs.getString("unit_code"), rs.getString("district_code"))))
                .optional();
    }

    boolean anyUser() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user)").query(Boolean.class).single();
    }

    boolean exists(String username) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM app_user WHERE username = :u)").param("u", username)
                .query(Boolean.class).single();
    }

    /** Inserts the user unless the name is taken; true when inserted. */
    boolean insert(String username, String passwordHash, Role role, String unitCode, String displayName) {
        return jdbc.sql("""
                INSERT INTO app_user (username, password_hash, role, unit_code, display_name)
                VALUES (:username, :hash, :role, :unit, :display)
                ON CONFLICT (username) DO NOTHING""")
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
                ON CONFLICT (username) DO NOTHING""")
                .param(passwordHash).param(names).param(roles).param(units).param(displays).update();
    }
}
