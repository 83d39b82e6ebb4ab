package org.mfasettings.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.mfasettings.common.InvalidInputException;

/** Parses query parameters, refusing a bad one with the name of the parameter. */
public final class QueryParameters {

    private QueryParameters() {}

    public static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(
                    name, "must be an ISO-8601 UTC time such as 2026-01-31T09:00:00Z");
        }
    }

    public static <E extends Enum<E>> E enumValue(String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(name, "is not a known value");
        }
    }
}
