package org.mfasettings.caching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** The fields of a new or edited caching rule; seconds at most the configured maximum. */
public record RuleRequest(
        @NotNull
                @Pattern(
                        regexp =
                                "^(USER|USER_AND_APPLICATION|USER_AND_CLIENT_IP"
                                        + "|USER_AND_APPLICATION_AND_CLIENT_IP)$",
                        message = "{rule.cacheType}")
                String cacheType,
        @NotNull @Positive Integer seconds,
        @Pattern(
                        regexp = "^(PHONE_CALL|TEXT_MESSAGE|MOBILE_APP|OATH_TOKEN)$",
                        message = "{decision.authenticationType}")
                String authenticationType,
        @Size(max = 254) @Pattern(regexp = "^[^\\p{Cntrl}]*$", message = "{server.text}")
                String application,
        @Size(max = 64) String replicationGroup) {}
