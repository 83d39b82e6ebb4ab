package org.mfasettings.caching;

/** Where a verification an MFA server reported stands. */
public enum VerificationResult {
    STARTED,
    SUCCEEDED,
    FAILED
}
