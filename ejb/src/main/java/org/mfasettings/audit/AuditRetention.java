package org.mfasettings.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import org.mfasettings.common.Clock;
import org.mfasettings.settings.SettingsService;

/**
 * Removes audit entries older than the retention setting, hourly on every node. Each batch is its
 * own transaction, so a long purge never holds locks for long.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditRetention {

    private static final Logger LOG = System.getLogger(AuditRetention.class.getName());

    static final int BATCH_SIZE = 500;
    static final int MAX_BATCHES_PER_RUN = 200;

    @EJB AuditRetentionWork work;

    @EJB AuditLog auditLog;

    @Inject SettingsService settings;

    @Inject Clock clock;

    @Schedule(
            hour = "*",
            minute = "17",
            persistent = false,
            timezone = "UTC",
            info = "audit-retention")
    void purgeExpiredEntries() {
        Instant cutoff =
                clock.now().minus(Duration.ofDays(settings.current().auditRetentionDays()));
        int removed = work.purgeOlderThan(cutoff, BATCH_SIZE, MAX_BATCHES_PER_RUN);
        if (removed > 0) {
            LOG.log(Level.INFO, "Removed {0} audit entries older than {1}", removed, cutoff);
            auditLog.recordFor(
                    "system",
                    ActorKind.SYSTEM,
                    null,
                    AuditAction.AUDIT_PURGED,
                    null,
                    removed + " entries older than " + cutoff);
        }
    }
}
