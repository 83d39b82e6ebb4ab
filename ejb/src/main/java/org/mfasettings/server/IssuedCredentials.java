package org.mfasettings.server;

import java.time.Instant;

/** Activation credentials as shown once, right after they are generated. */
public record IssuedCredentials(
        String accountName, String password, String replicationGroup, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedCredentials[accountName=" + accountName + ", expiresAt=" + expiresAt + "]";
    }
}
