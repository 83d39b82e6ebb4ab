package org.mfasettings.audit;

/** Every kind of change or security event that the audit log records. */
public enum AuditAction {
    SIGN_IN_SUCCEEDED,
    SIGN_IN_FAILED,
    SIGN_IN_THROTTLED,
    SIGNED_OUT,
    SETUP_COMPLETED,
    ADMINISTRATOR_ADDED,
    ADMINISTRATOR_REMOVED,
    PASSWORD_CHANGED,
    SETTINGS_CHANGED,
    GROUP_CREATED,
    GROUP_UPDATED,
    GROUP_DELETED,
    AUDIT_PURGED
}
