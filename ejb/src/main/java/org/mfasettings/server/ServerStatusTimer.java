package org.mfasettings.server;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Notes in each server's history when it falls silent. The status shown never waits for this: it is
 * derived on read. Runs on every node; the work is idempotent.
 */
@Singleton
public class ServerStatusTimer {

    private static final Logger LOG = System.getLogger(ServerStatusTimer.class.getName());

    @EJB ServerService servers;

    @Schedule(
            hour = "*",
            minute = "*",
            second = "*/15",
            persistent = false,
            timezone = "UTC",
            info = "server-offline-history")
    void recordSilentServers() {
        int recorded = servers.recordSilentServers();
        if (recorded > 0) {
            LOG.log(Level.INFO, "{0} MFA servers went offline", recorded);
        }
    }
}
