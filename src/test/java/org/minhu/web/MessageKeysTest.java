package org.minhu.web;

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
 * Every message key a template names is in both languages: a literal {@code #{key}} exactly, a
 * computed {@code #{'prefix.' + ${…}}} by at least one key under its prefix in each.
 */
class MessageKeysTest {

    private static final Pattern LITERAL = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");
    private static final Pattern PREFIX = Pattern.compile("#\\{'([a-zA-Z][\\w.-]*\\.)'\\s*\\+");

    @Test
    void everyKeyATemplateUsesIsInChineseAndInEnglish() throws IOException {
        Set<String> literal = new TreeSet<>();
        Set<String> prefixes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                LITERAL.matcher(html).results().forEach(m -> literal.add(m.group(1)));
                Matcher p = PREFIX.matcher(html);
                while (p.find()) {
                    prefixes.add(p.group(1));
                }
            }
        }
        assertThat(literal).hasSizeGreaterThan(200).contains("inbox.title", "board.title", "queues.title");
        for (String language : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties messages = load(language);
            assertThat(literal).as("keys missing in " + language).allSatisfy(key -> assertThat(messages).containsKey(key));
            assertThat(prefixes).as("key prefixes with no key in " + language).allSatisfy(prefix ->
                    assertThat(messages.stringPropertyNames()).anyMatch(k -> k.startsWith(prefix)));
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
