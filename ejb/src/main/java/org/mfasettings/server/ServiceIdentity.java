package org.mfasettings.server;

/**
 * The tenant name that activation account names end in: {@code MFA_TENANT} or the system property
 * {@code mfa.tenant}, else {@value #DEFAULT_TENANT}.
 */
final class ServiceIdentity {

    static final String DEFAULT_TENANT = "mfa.local";

    private ServiceIdentity() {}

    static String tenant() {
        String tenant = System.getenv("MFA_TENANT");
        if (tenant == null || tenant.isBlank()) {
            tenant = System.getProperty("mfa.tenant");
        }
        return tenant == null || tenant.isBlank() ? DEFAULT_TENANT : tenant.trim();
    }
}
