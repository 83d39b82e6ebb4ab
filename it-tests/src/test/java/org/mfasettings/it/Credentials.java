package org.mfasettings.it;

import java.util.Objects;

/** An administrator's username and password, as a test signs in with them. */
public record Credentials(String username, String password) {

    public Credentials {
        Objects.requireNonNull(username);
        Objects.requireNonNull(password);
    }

    /** The first administrator, created by the application from the build's bootstrap settings. */
    public static Credentials bootstrapAdministrator() {
        return new Credentials(required("it.admin.username"), required("it.admin.password"));
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + property + " is not set");
        }
        return value;
    }

    @Override
    public String toString() {
        return "Credentials[username=" + username + "]";
    }
}
