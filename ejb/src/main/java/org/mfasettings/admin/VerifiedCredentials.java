package org.mfasettings.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mfasettings.common.Tokens;

/**
 * Remembers, for a few minutes and on this node only, that a username and password matched a stored
 * hash, so that a script calling the admin API with HTTP Basic does not pay for PBKDF2, nor write a
 * sign-in audit line, on every request. The key includes the stored hash: a changed password or a
 * removed administrator no longer matches. Only hashes are kept.
 */
@ApplicationScoped
public class VerifiedCredentials {

    static final Duration LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_ENTRIES = 1_000;

    private final Map<String, Instant> verified = new ConcurrentHashMap<>();

    boolean recentlyVerified(String username, String password, String storedHash, Instant now) {
        Instant until = verified.get(key(username, password, storedHash));
        return until != null && until.isAfter(now);
    }

    void remember(String username, String password, String storedHash, Instant now) {
        if (verified.size() >= MAX_ENTRIES) {
            verified.values().removeIf(until -> !until.isAfter(now));
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
        }
        verified.put(key(username, password, storedHash), now.plus(LIFETIME));
    }

    private static String key(String username, String password, String storedHash) {
        return Tokens.sha256(username + '\n' + password + '\n' + storedHash);
    }
}
