package org.mfasettings.console.audit;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditQuery;

/**
 * The filters as the page collects them: whole days, read in UTC like every time the console shows,
 * both ends included.
 */
record AuditFilter(LocalDate from, LocalDate to, String actor, AuditAction action)
        implements Serializable {

    static final AuditFilter NONE = new AuditFilter(null, null, null, null);

    AuditQuery toQuery() {
        return new AuditQuery(
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                actor == null || actor.isBlank() ? null : actor.trim(),
                action);
    }
}
