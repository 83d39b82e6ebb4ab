package org.mfasettings.decision;

/** How an MFA server verified a user. */
public enum AuthenticationType {
    PHONE_CALL,
    TEXT_MESSAGE,
    MOBILE_APP,
    OATH_TOKEN
}
