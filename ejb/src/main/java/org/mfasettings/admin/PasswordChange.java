package org.mfasettings.admin;

/** An administrator's request to replace their own password. */
public record PasswordChange(String currentPassword, String newPassword) {

    @Override
    public String toString() {
        return "PasswordChange[***]";
    }
}
