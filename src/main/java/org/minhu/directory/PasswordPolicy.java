package org.minhu.directory;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.minhu.platform.MinhuException;

/**
 * What a password must be: at least {@value #MIN_LENGTH} characters, not the user name (in any case), not one character repeated, and not among the commonest leaked passwords
 * ({@code reference/common-passwords.txt}). Refusals are {@code WEAK_PASSWORD} (400).
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;
    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    static void check(String username, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw weak("length", "A password has " + MIN_LENGTH + " to " + MAX_LENGTH + " characters");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            throw weak("username", "A password must not be the user name");
        }
        if (lower.chars().distinct().count() < 3) {
            throw weak("few-characters", "A password needs more than one or two different characters");
        }
        if (COMMON.contains(lower)) {
            throw weak("common", "This password is among the commonest leaked ones: choose another");
        }
    }

    private static MinhuException weak(String reason, String message) {
        return MinhuException.invalid("WEAK_PASSWORD", reason, message,
                java.util.Map.of("minLength", MIN_LENGTH, "maxLength", MAX_LENGTH));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                PasswordPolicy.class.getClassLoader().getResourceAsStream("reference/common-passwords.txt")),
                StandardCharsets.UTF_8))) {
            in.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .forEach(l -> words.add(l.toLowerCase(Locale.ROOT)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
