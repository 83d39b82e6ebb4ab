package org.mfasettings.admin;

import java.util.Locale;

/** How administrator usernames look and compare. */
public final class Usernames {

    /** Letters, digits and the punctuation of e-mail addresses; starts with a letter or digit. */
    public static final String PATTERN = "^[A-Za-z0-9][A-Za-z0-9._@+-]{0,253}$";

    static final String ROLES = "^(reader|authentication-admin|global-admin)$";

    private Usernames() {}

    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }
}
