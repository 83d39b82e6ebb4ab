package org.mfasettings.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/**
 * PBKDF2 with SHA-256 through Jakarta Security, at a work factor fit for administrator passwords.
 */
@ApplicationScoped
public class PasswordHasher {

    @Inject Pbkdf2PasswordHash hash;

    @PostConstruct
    void configure() {
        hash.initialize(
                Map.of(
                        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
                        "Pbkdf2PasswordHash.Iterations", "120000",
                        "Pbkdf2PasswordHash.SaltSizeBytes", "16",
                        "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    }

    public String hash(String password) {
        return hash.generate(password.toCharArray());
    }

    public boolean matches(String password, String storedHash) {
        return hash.verify(password.toCharArray(), storedHash);
    }
}
