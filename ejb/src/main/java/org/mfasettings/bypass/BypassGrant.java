package org.mfasettings.bypass;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.mfasettings.decision.Usernames;

/**
 * What an administrator fills in to grant a bypass. Seconds default to the configured default and
 * may not exceed the configured maximum; no replication group means every group.
 */
public record BypassGrant(
        @NotNull
                @Size(max = 254)
                @Pattern(regexp = Usernames.PATTERN, message = "{bypass.username}")
                String username,
        @Positive Integer seconds,
        @NotBlank @Size(max = 500) String reason,
        @Size(max = 64) String replicationGroup) {}
