package org.minhu.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The passwords the first administrator and the demo's users get when none is configured. */
class RandomPasswordTest {

    @Test
    void sixteenUrlSafeCharactersThePolicyAcceptsAndNeverTheSame() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String password = RandomPassword.next();
            assertThat(password).matches("[A-Za-z0-9_-]{16}");
            assertThatCode(() -> PasswordPolicy.check("admin", password)).doesNotThrowAnyException();
            seen.add(password);
        }
        assertThat(seen).hasSize(1_000);
    }
}
