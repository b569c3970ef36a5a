package org.minhu.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;

/**
 * Reads the small UTF-8 CSV resources under {@code reference/}: a header row, then one record a
 * line; fields may be double-quoted (RFC 4180, no line breaks inside fields).
 */
final class ReferenceCsv {

    private ReferenceCsv() {
    }

    /** The records of a classpath CSV as maps from header name to value (empty string when blank). */
    static List<Map<String, String>> read(String classpathLocation) {
        ClassPathResource resource = new ClassPathResource(classpathLocation);
        try (BufferedReader in = new BufferedReader(new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8))) {
            String headerLine = in.readLine();
            if (headerLine == null) {
                return List.of();
            }
            List<String> header = fields(stripBom(headerLine));
            List<Map<String, String>> records = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line);
                if (values.size() > header.size()) {
                    throw new IllegalStateException(classpathLocation + " line " + number + " has "
                            + values.size() + " fields, the header " + header.size());
                }
                Map<String, String> record = HashMap.newHashMap(header.size());
                for (int i = 0; i < header.size(); i++) {
                    record.put(header.get(i), i < values.size() ? values.get(i).strip() : "");
                }
                records.add(record);
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + classpathLocation, e);
        }
    }

    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }

    private static String stripBom(String line) {
        return line.startsWith("\uFEFF") ? line.substring(1) : line;
    }
}
