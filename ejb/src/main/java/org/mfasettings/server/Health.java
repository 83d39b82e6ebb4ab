package org.mfasettings.server;

/** What an MFA server reports of itself in its heartbeat. */
public enum Health {
    OK,
    DEGRADED
}
