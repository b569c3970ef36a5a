package org.minhu.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.MappingIterator;
import tools.jackson.databind.ObjectReader;
import tools.jackson.dataformat.csv.CsvMapper;
import tools.jackson.dataformat.csv.CsvReadFeature;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * Reads the UTF-8 CSV files shipped under {@code src/main/resources/reference/}, with Jackson's CSV
 * module: a header row names the columns, fields may be double-quoted (RFC 4180), and a byte-order
 * mark, blank lines and lines starting with {@code #} are passed over. A file without a header
 * and a record with more fields than the header are errors, so that a file out of shape stops the
 * start rather than load nothing or shifted columns; fields a record lacks at its end read as
 * empty.
 */
public final class ReferenceCsv {

    private static final ObjectReader READER = CsvMapper.builder()
            .enable(CsvReadFeature.SKIP_EMPTY_LINES, CsvReadFeature.INSERT_NULLS_FOR_MISSING_COLUMNS)
            .build()
            .readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader().withComments());

    private ReferenceCsv() {
    }

    /** The records of a classpath CSV as maps from column name to value, stripped; empty, never null. */
    public static List<Map<String, String>> read(String classpathLocation) {
        try (InputStream in = ReferenceCsv.class.getClassLoader().getResourceAsStream(classpathLocation)) {
            if (in == null) {
                throw new IllegalStateException("No " + classpathLocation + " on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathLocation, e);
        }
    }

    static List<Map<String, String>> read(InputStream csv) {
        List<Map<String, String>> records = new ArrayList<>();
        try (MappingIterator<Map<String, String>> rows = READER.readValues(csv)) {
            rows.forEachRemaining(record -> {
                // a column the record lacks comes as null; the files' users want "" for "not given"
                record.replaceAll((column, value) -> value == null ? "" : value.strip());
                // the module skips empty lines only; one of white space reads as a record of blanks
                if (record.values().stream().anyMatch(value -> !value.isEmpty())) {
                    records.add(record);
                }
            });
        }
        return records;
    }
}
