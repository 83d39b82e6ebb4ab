package org.mfasettings.decision;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A sign-in an MFA server asks about. */
public record DecisionRequest(
        @NotNull
                @Size(max = 254)
                @Pattern(regexp = Usernames.PATTERN, message = "{bypass.username}")
                String username,
        @Size(max = 254) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{server.text}")
                String application,
        @Pattern(
                        regexp = "^(PHONE_CALL|TEXT_MESSAGE|MOBILE_APP|OATH_TOKEN)$",
                        message = "{decision.authenticationType}")
                String authenticationType,
        @Size(max = 64) @Pattern(regexp = ClientAddresses.PATTERN, message = "{decision.clientIp}")
                String clientIp) {}
