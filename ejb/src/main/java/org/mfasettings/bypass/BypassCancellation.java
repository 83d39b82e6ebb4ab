package org.mfasettings.bypass;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an administrator cancels a bypass. */
public record BypassCancellation(@NotBlank @Size(max = 500) String reason) {}
