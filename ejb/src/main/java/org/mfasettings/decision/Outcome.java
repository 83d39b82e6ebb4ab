package org.mfasettings.decision;

/** The answer to "may this sign-in skip MFA?", in the order decisions check them. */
public enum Outcome {
    /** A caching rule's window covers the request. */
    CACHED,
    /** A one-time bypass was used for this sign-in. */
    BYPASS,
    /** A verification that could cache this request is still in progress. */
    PENDING,
    /** The MFA server must perform MFA. */
    VERIFY
}
