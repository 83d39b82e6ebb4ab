package org.mfasettings.console.server;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.Duration;
import java.time.Instant;
import org.mfasettings.server.IssuedCredentials;

/**
 * Activation credentials for the one response that shows them. Request scoped on purpose: the
 * password is never kept in the view or the session, so any later request, a reload included,
 * renders the page without it.
 */
@Named("shownCredentials")
@RequestScoped
public class ShownCredentials {

    private IssuedCredentials issued;

    /** The moment of rendering, for the countdown to correct a browser clock that is off. */
    private final Instant renderedAt = Instant.now();

    void show(IssuedCredentials credentials) {
        this.issued = credentials;
    }

    public boolean isPresent() {
        return issued != null;
    }

    public String getAccountName() {
        return issued == null ? "" : issued.accountName();
    }

    public String getPassword() {
        return issued == null ? "" : issued.password();
    }

    public String getReplicationGroup() {
        return issued == null ? "" : issued.replicationGroup();
    }

    public long getExpiresAtMillis() {
        return issued == null ? 0 : issued.expiresAt().toEpochMilli();
    }

    public long getServerNowMillis() {
        return renderedAt.toEpochMilli();
    }

    /** The text the countdown starts from, the same mm:ss that the script then counts down. */
    public String getRemaining() {
        if (issued == null) {
            return "";
        }
        long seconds = Math.max(0, Duration.between(renderedAt, issued.expiresAt()).toSeconds());
        return String.format("%d:%02d", seconds / 60, seconds % 60);
    }
}
