package org.mfasettings.group;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The fields of a new or edited replication group. */
public record GroupRequest(
        @NotBlank
                @Size(max = 64)
                @Pattern(
                        regexp = "^\\s*[\\p{L}\\p{N}][\\p{L}\\p{N} ._-]*\\s*$",
                        message = "{group.name}")
                String name,
        @Size(max = 500) String description) {

    String normalisedDescription() {
        return description == null || description.isBlank() ? null : description.trim();
    }
}
