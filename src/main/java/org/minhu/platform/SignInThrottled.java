package org.minhu.platform;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this user name or from this address: try again after {@code retryAfterSeconds}. */
final class SignInThrottled extends AuthenticationException {

    static final String CODE = "SIGN_IN_THROTTLED";

    private final long retryAfterSeconds;

    SignInThrottled(long retryAfterSeconds) {
        super("Too many failed sign-ins: try again in " + retryAfterSeconds + " s");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
