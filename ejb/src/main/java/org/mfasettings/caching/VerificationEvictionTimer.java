package org.mfasettings.caching;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Deletes verifications whose every window has closed. Decisions never rely on it: they check each
 * window against the clock. Runs on every node; deleting a row twice deletes it once.
 */
@Singleton
public class VerificationEvictionTimer {

    private static final Logger LOG = System.getLogger(VerificationEvictionTimer.class.getName());

    @EJB CachingService caching;

    @Schedule(
            hour = "*",
            minute = "*",
            second = "5/30",
            persistent = false,
            timezone = "UTC",
            info = "verification-eviction")
    void evictClosedWindows() {
        int evicted = caching.evictClosed();
        if (evicted > 0) {
            LOG.log(Level.DEBUG, "{0} verifications evicted", evicted);
        }
    }
}
