package org.mfasettings.caching;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** How a started verification ended. */
public record VerificationUpdate(
        @NotNull @Pattern(regexp = "^(SUCCEEDED|FAILED)$", message = "{verification.finalResult}")
                String result) {}
