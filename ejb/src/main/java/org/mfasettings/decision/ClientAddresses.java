package org.mfasettings.decision;

/** The shape of a client IP address as MFA servers report it: IPv4 or IPv6, no host names. */
public final class ClientAddresses {

    public static final String PATTERN =
            "^(((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
                    + "|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)$";

    private ClientAddresses() {}
}
