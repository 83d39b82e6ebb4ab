package org.mfasettings.decision;

import java.util.Locale;

/** The user names that bypasses, verifications and decisions are keyed on: user@domain. */
public final class Usernames {

    /** A local part and a domain, each of letters, digits and the usual punctuation. */
    public static final String PATTERN =
            "^\\s*[\\p{L}\\p{N}._%+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)*\\s*$";

    private Usernames() {}

    /** Trimmed and in lower case, so that one user is one key whatever the server sent. */
    public static String normalise(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }
}
