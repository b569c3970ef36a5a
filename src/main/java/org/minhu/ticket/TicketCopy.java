package org.minhu.ticket;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Streams rows into tables with PostgreSQL {@code COPY … FROM STDIN} (text format) on the
 * connection of the current transaction.
 */
final class TicketCopy implements AutoCloseable {

    interface Rows {
        void write(RowWriter out) throws IOException;
    }

    /**
     * Writes one row of values: null, strings, numbers, booleans, enums (their name) and instants;
     * the first {@code skipped} values of each row are for columns the database fills (see {@link Columns#drawn()}).
     */
    static final class RowWriter {
        private final Writer out;
        private final int skipped;

        RowWriter(Writer out, int skipped) {
            this.out = out;
            this.skipped = skipped;
        }

        void row(Object... values) throws IOException {
            for (int i = skipped; i < values.length; i++) {
                if (i > skipped) {
                    out.write('\t');
                }
                Object v = values[i];
                switch (v) {
                    case null -> out.write("\\N");
                    case String s -> escape(s);
                    case Enum<?> e -> out.write(e.name());
                    case Instant t -> out.write(t.toString());
                    case Boolean b -> out.write(b ? "t" : "f");
                    default -> out.write(v.toString());
                }
            }
            out.write('\n');
        }

        private void escape(String s) throws IOException {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '\\' -> out.write("\\\\");
                    case '\t' -> out.write("\\t");
                    case '\n' -> out.write("\\n");
                    case '\r' -> out.write("\\r");
                    default -> out.write(c);
                }
            }
        }
    }

    private final DataSource dataSource;
    private final Connection connection;

    TicketCopy(DataSource dataSource) {
        this.dataSource = dataSource;
        this.connection = DataSourceUtils.getConnection(dataSource);
    }

    /** Copies rows of a table's mapping: each row its values in the order of {@code columns}. */
    void table(Columns columns, Rows rows) {
        copy(columns.table(), columns.list(), columns.skipped(), rows);
    }

    void table(String table, String columns, Rows rows) {
        copy(table, columns, 0, rows);
    }

    private void copy(String table, String columns, int skipped, Rows rows) {
        String sql = "COPY " + table + " (" + columns.replaceAll("\\s+", " ") + ") FROM STDIN";
        try {
            PGConnection pg = connection.unwrap(PGConnection.class);
            try (Writer writer = new BufferedWriter(new OutputStreamWriter(new PGCopyOutputStream(pg, sql, 1 << 16),
                    StandardCharsets.UTF_8), 1 << 16)) {
                rows.write(new RowWriter(writer, skipped));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY into " + table + " failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
    }

    @Override
    public void close() {
        DataSourceUtils.releaseConnection(connection, dataSource);
    }
}
