package org.minhu.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The category taxonomy (table {@code category}, seeded by migration V5), read-only. */
@Service
public class Categories {

    private final JdbcClient jdbc;

    Categories(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every category, by code (so each parent comes before its children). */
    public List<Category> all() {
        return jdbc.sql("""
                SELECT code, name, parent_code, level, default_unit_kind, default_unit_code
                  FROM category ORDER BY code""")
                .query((rs, n) -> new Category(rs.getString("code"), rs.getString("name"), rs.getString("parent_code"),
                        rs.getInt("level"), rs.getString("default_unit_kind"), rs.getString("default_unit_code")))
                .list();
    }

    /** The leaves (level 3), the codes tickets carry. */
    public List<Category> leaves() {
        return all().stream().filter(Category::isLeaf).toList();
    }

    public Optional<Category> find(String code) {
        return all().stream().filter(c -> c.code().equals(code)).findFirst();
    }
}
