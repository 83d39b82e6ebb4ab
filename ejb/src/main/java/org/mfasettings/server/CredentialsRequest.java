package org.mfasettings.server;

import jakarta.validation.constraints.Size;

/** Which replication group a server activated with new credentials joins; Default if none. */
public record CredentialsRequest(@Size(max = 64) String replicationGroup) {}
