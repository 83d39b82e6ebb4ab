package org.mfasettings.caching;

/** What a later request must share with a verified one for a caching rule to cover it. */
public enum CacheType {
    USER(false, false),
    USER_AND_APPLICATION(true, false),
    USER_AND_CLIENT_IP(false, true),
    USER_AND_APPLICATION_AND_CLIENT_IP(true, true);

    private final boolean sameApplication;
    private final boolean sameClientIp;

    CacheType(boolean sameApplication, boolean sameClientIp) {
        this.sameApplication = sameApplication;
        this.sameClientIp = sameClientIp;
    }

    /** The user is always shared; application and client IP as the type says, exactly. */
    boolean shares(
            String requestApplication,
            String requestClientIp,
            String verifiedApplication,
            String verifiedClientIp) {
        if (sameApplication && !equalValues(requestApplication, verifiedApplication)) {
            return false;
        }
        return !sameClientIp || equalValues(requestClientIp, verifiedClientIp);
    }

    private static boolean equalValues(String a, String b) {
        return a != null && a.equals(b);
    }
}
