package org.mfasettings.server;

/** The shapes of what MFA servers send about themselves. */
final class Servers {

    /** Printable text without control characters. */
    static final String PRINTABLE = "^[^\\p{Cntrl}]+$";

    /** A DNS name or an IPv4 or IPv6 address. */
    static final String HOSTNAME = "^[A-Za-z0-9]([A-Za-z0-9.:-]*[A-Za-z0-9])?$";

    /** A version such as 8.0.1.1 or 8.1-beta. */
    static final String VERSION = "^[A-Za-z0-9][A-Za-z0-9._+-]*$";

    private Servers() {}
}
