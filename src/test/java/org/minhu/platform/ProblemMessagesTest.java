package org.minhu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code the code raises, and every reason it names, has its sentence in Chinese
 * (and every code in English), so no Chinese reader is ever answered in an English sentence.
 */
class ProblemMessagesTest {

    private static final Pattern RAISED = Pattern.compile("(?:invalid\\(|conflict\\(|Problems\\.of\\(\\s*HttpStatus\\.\\w+,"
            + "|MinhuException\\(HttpStatus\\.\\w+,)\\s*\"([A-Z][A-Z_]+)\"(?:,\\s*\"([a-z-]+)\")?");
    private static final Pattern CONSTANT = Pattern.compile("CODE\\s*=\\s*\"([A-Z_]+)\"");
    private static final Pattern NOT_FOUND = Pattern.compile("notFound\\(\"(\\w+)\"");
    private static final Pattern WEAK = Pattern.compile("weak\\(\"([a-z-]+)\"");

    @Test
    void everyRaisedCodeAndReasonHasItsChineseSentence() throws IOException {
        Set<String> codes = new TreeSet<>();
        Set<String> reasons = new TreeSet<>();
        scan(codes, reasons);
        assertThat(codes).hasSizeGreaterThan(35).contains("TICKET_NOT_FOUND", "SIGN_IN_THROTTLED", "CSRF_REJECTED");
        assertThat(reasons).contains("INVALID_CALENDAR.wrong-year", "WEAK_PASSWORD.common");

        Properties chinese = load("messages.properties");
        Properties english = load("messages_en.properties");
        assertThat(codes).allSatisfy(code -> {
            assertThat(chinese).containsKey("error.code." + code);
            assertThat(english).containsKey("error.code." + code);
        });
        assertThat(reasons).allSatisfy(reason -> assertThat(chinese).containsKey("error.code." + reason));
    }

    private static void scan(Set<String> codes, Set<String> reasons) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher raised = RAISED.matcher(source);
                while (raised.find()) {
                    codes.add(raised.group(1));
                    if (raised.group(2) != null) {
                        reasons.add(raised.group(1) + "." + raised.group(2));
                    }
                }
                CONSTANT.matcher(source).results().forEach(m -> codes.add(m.group(1)));
                NOT_FOUND.matcher(source).results().forEach(m -> codes.add(m.group(1).toUpperCase() + "_NOT_FOUND"));
                WEAK.matcher(source).results().forEach(m -> reasons.add("WEAK_PASSWORD." + m.group(1)));
            }
        }
    }

    private static Properties load(String name) throws IOException {
        Properties messages = new Properties();
        try (var in = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", name)), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
