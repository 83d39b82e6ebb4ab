package org.mfasettings.admin;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * What an administrator may do. Each role includes the ones below it, so a signed-in administrator
 * is put in the group of their role and of every lesser one, and {@code RolesAllowed(READER)}
 * admits everybody.
 */
public enum AdminRole {
    READER(Role.READER, Set.of(Role.READER)),
    AUTHENTICATION_ADMIN(Role.AUTHENTICATION_ADMIN, Set.of(Role.READER, Role.AUTHENTICATION_ADMIN)),
    GLOBAL_ADMIN(
            Role.GLOBAL_ADMIN, Set.of(Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN));

    private final String code;
    private final Set<String> groups;

    AdminRole(String code, Set<String> groups) {
        this.code = code;
        this.groups = groups;
    }

    /** The name used in the API, the database and the role mappings. */
    public String code() {
        return code;
    }

    public Set<String> groups() {
        return groups;
    }

    public static Optional<AdminRole> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}
