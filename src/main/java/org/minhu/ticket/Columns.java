package org.minhu.ticket;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One table's columns in the one order its mapping reads and writes them, the identity {@code id}
 * first, and the SQL written from that list. A row's values come as an array in the same order;
 * each is bound as the parameter named like its column, so the SQL is built once per statement.
 *
 * @param skipped how many leading values a writer leaves out: 1 when the database draws the id
 * @param casts   the columns whose parameter needs a cast, by SQL type (an array from its text form)
 */
record Columns(String table, List<String> names, int skipped, Map<String, String> casts) {

    static Columns of(String table, String... names) {
        return new Columns(table, List.of(names), 0, Map.of());
    }

    /** The same columns with one bound as {@code CAST(:column AS type)}. */
    Columns cast(String column, String type) {
        Map<String, String> more = new HashMap<>(casts);
        more.put(column, type);
        return new Columns(table, names, skipped, Map.copyOf(more));
    }

    /** The columns of a new row whose id the database draws: all but the first. */
    Columns drawn() {
        return new Columns(table, names, 1, casts);
    }

    /** The written names, comma-separated, for a SELECT or a COPY. */
    String list() {
        return String.join(", ", names.subList(skipped, names.size()));
    }

    String select() {
        return "SELECT " + list() + " FROM " + table;
    }

    /**
     * An INSERT of a new row, the database drawing its id; {@code expressions} write the columns
     * named there with other SQL than their own parameter.
     */
    String insert(Map<String, String> expressions) {
        List<String> written = names.subList(1, names.size());
        return "INSERT INTO " + table + " (" + String.join(", ", written) + ") VALUES ("
                + written.stream().map(c -> expressions.getOrDefault(c, parameter(c))).collect(Collectors.joining(", "))
                + ")";
    }

    /** An INSERT of a new row whose id was drawn already (from the table's sequence, by the aggregate). */
    String insertWithId() {
        return "INSERT INTO " + table + " (" + String.join(", ", names) + ") VALUES ("
                + names.stream().map(this::parameter).collect(Collectors.joining(", ")) + ")";
    }

    /** {@code UPDATE table SET c = :c, …} over every column but the {@code fixed} ones; the caller adds the WHERE. */
    String update(Set<String> fixed) {
        return "UPDATE " + table + " SET " + names.stream().filter(c -> !fixed.contains(c))
                .map(c -> c + " = " + parameter(c)).collect(Collectors.joining(", "));
    }

    /** A row's values as named parameters, ready for JDBC (instants as timestamps, enums by name). */
    Map<String, Object> params(Object[] values) {
        if (values.length != names.size()) {
            throw new IllegalArgumentException(values.length + " values for the " + names.size() + " columns of " + table);
        }
        Map<String, Object> params = HashMap.newHashMap(names.size() + 1);
        for (int i = 0; i < values.length; i++) {
            params.put(names.get(i), Sql.param(values[i]));
        }
        return params;
    }

    private String parameter(String column) {
        String type = casts.get(column);
        return type == null ? ":" + column : "CAST(:" + column + " AS " + type + ")";
    }
}
