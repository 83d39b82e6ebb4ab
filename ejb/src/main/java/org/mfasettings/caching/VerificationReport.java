package org.mfasettings.caching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.mfasettings.decision.ClientAddresses;
import org.mfasettings.decision.Usernames;

/** A verification an MFA server reports: started, or already finished. */
public record VerificationReport(
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
                String clientIp,
        @NotNull
                @Pattern(regexp = "^(STARTED|SUCCEEDED|FAILED)$", message = "{verification.result}")
                String result) {}
