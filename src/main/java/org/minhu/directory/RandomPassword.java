package org.minhu.directory;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Passwords the system makes for accounts nobody has chosen one for yet (the first administrator,
 * the demo's users): 16 URL-safe characters from 96 random bits, which {@link PasswordPolicy}
 * accepts and nobody guesses.
 */
public final class RandomPassword {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPassword() {
    }

    /** A new random password, to be shown once to whoever will sign in with it. */
    public static String next() {
        byte[] bytes = new byte[12];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
