package org.mfasettings.server;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What an MFA server sends to be activated. */
public record ActivationRequest(
        @NotBlank @Size(max = 254) String email,
        @NotBlank @Size(max = 128) String password,
        @NotBlank @Size(max = 128) @Pattern(regexp = Servers.PRINTABLE, message = "{server.text}")
                String serverName,
        @NotBlank
                @Size(max = 254)
                @Pattern(regexp = Servers.HOSTNAME, message = "{server.hostname}")
                String hostname,
        @NotBlank @Size(max = 64) @Pattern(regexp = Servers.VERSION, message = "{server.version}")
                String version) {

    @Override
    public String toString() {
        return "ActivationRequest[email=" + email + ", serverName=" + serverName + "]";
    }
}
