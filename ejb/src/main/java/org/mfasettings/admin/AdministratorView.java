package org.mfasettings.admin;

import java.time.Instant;

/** An administrator as lists show them: never the password hash. */
public record AdministratorView(
        String username,
        String role,
        Instant createdAt,
        String createdBy,
        Instant passwordChangedAt) {}
