package org.mfasettings.bypass;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Marks lapsed bypasses EXPIRED for the report. Decisions never rely on it: they check the expiry
 * themselves. Runs on every node; the update is conditional, so nodes never count a row twice.
 */
@Singleton
public class BypassExpiryTimer {

    private static final Logger LOG = System.getLogger(BypassExpiryTimer.class.getName());

    @EJB BypassService bypasses;

    @Schedule(
            hour = "*",
            minute = "*",
            second = "*/30",
            persistent = false,
            timezone = "UTC",
            info = "bypass-expiry")
    void markExpired() {
        int marked = bypasses.expireLapsed();
        if (marked > 0) {
            LOG.log(Level.INFO, "{0} one-time bypasses expired", marked);
        }
    }
}
