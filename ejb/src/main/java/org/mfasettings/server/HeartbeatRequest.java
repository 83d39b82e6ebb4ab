package org.mfasettings.server;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an MFA server reports on each heartbeat. */
public record HeartbeatRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = Servers.VERSION, message = "{server.version}")
                String version,
        @NotNull @Pattern(regexp = "^(OK|DEGRADED)$", message = "{server.health}") String health,
        @Size(max = 500) String detail) {}
