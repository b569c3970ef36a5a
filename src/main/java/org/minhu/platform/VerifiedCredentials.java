package org.minhu.platform;

import com.github.benmanes.caffeine.cache.Cache;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Brakes password guessing ({@link SignInThrottle}) and remembers, for a minute, that a username and password were verified, so that API clients
 * sending HTTP Basic on every call do not pay a deliberately slow password hash each time.
 * Only a keyed digest of the password is held, under a key that lives in this process alone.
 * A remembered check is used only while {@link SignedInUsers} says its user is unchanged, and is
 * forgotten after a minute on the injected clock; at most {@value #MAX_ENTRIES} users are remembered.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    private static final Duration TTL = Duration.ofSeconds(60);
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(byte[] digest, Authentication authentication) {
    }

    private final AuthenticationProvider delegate;
    private final SignInThrottle throttle;
    private final SignedInUsers signedIn;
    private final byte[] key = new byte[32];
    private final Cache<String, Entry> verified;

    VerifiedCredentials(AuthenticationProvider delegate, Clock clock, SignInThrottle throttle, SignedInUsers signedIn) {
        this.signedIn = signedIn;
        this.delegate = delegate;
        this.throttle = throttle;
        this.verified = Caches.on(clock).expireAfterWrite(TTL).maximumSize(MAX_ENTRIES).build();
        new SecureRandom().nextBytes(key);
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return delegate.authenticate(request);
        }
        String username = request.getName();
        byte[] digest = digest(username, password);
        Entry entry = verified.getIfPresent(username);
        if (entry != null && MessageDigest.isEqual(entry.digest(), digest)) {
            if (signedIn.isCurrent(entry.authentication())) {
                return entry.authentication();
            }
            verified.invalidate(username); // disabled or changed since: check again
        }
        // a password about to be checked: refused unchecked while the name or the address is blocked
        String address = request.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
        throttle.check(username, address);
        Authentication result;
        try {
            result = delegate.authenticate(request);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
        if (result != null && result.isAuthenticated()) {
            throttle.succeeded(username);
            verified.put(username, new Entry(digest, result));
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private byte[] digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update(username.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
