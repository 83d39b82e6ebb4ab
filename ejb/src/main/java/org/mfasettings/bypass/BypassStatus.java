package org.mfasettings.bypass;

/**
 * The life of a one-time bypass: ACTIVE until exactly one sign-in uses it, its time runs out or an
 * administrator cancels it. A stored ACTIVE row past its expiry is EXPIRED whether or not the timer
 * has marked it yet.
 */
public enum BypassStatus {
    ACTIVE,
    USED,
    EXPIRED,
    CANCELLED
}
