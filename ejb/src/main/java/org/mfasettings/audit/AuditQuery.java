package org.mfasettings.audit;

import java.time.Instant;

/**
 * Filters of the audit log; every one optional. {@code from} is inclusive and {@code to} exclusive.
 * {@code actor} matches a prefix, case-insensitively.
 */
public record AuditQuery(Instant from, Instant to, String actor, AuditAction action) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null);
    }
}
