package org.mfasettings.admin;

/** The role names that {@code @RolesAllowed} and the deployment descriptors use. */
public final class Role {

    public static final String READER = "reader";
    public static final String AUTHENTICATION_ADMIN = "authentication-admin";
    public static final String GLOBAL_ADMIN = "global-admin";

    private Role() {}
}
