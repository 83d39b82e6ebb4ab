package org.mfasettings.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What it takes to add an administrator. The username is compared in lower case. */
public record NewAdministrator(
        @NotBlank
                @Size(max = 254)
                @Pattern(regexp = Usernames.PATTERN, message = "{administrator.username}")
                String username,
        @NotNull @Size(min = 12, max = 128, message = "{administrator.password}") String password,
        @NotNull @Pattern(regexp = Usernames.ROLES, message = "{administrator.role}") String role) {

    @Override
    public String toString() {
        return "NewAdministrator[username=" + username + ", role=" + role + "]";
    }
}
