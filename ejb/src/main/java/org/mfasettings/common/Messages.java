package org.mfasettings.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Texts of the rules that the business layer refuses with, from {@code Messages.properties}. */
public final class Messages {

    private static final String BUNDLE = "org.mfasettings.common.Messages";

    private Messages() {}

    public static String get(String key, Object... arguments) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, Messages.class.getClassLoader());
        String pattern = bundle.getString(key);
        return arguments.length == 0
                ? pattern
                : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }
}
