package org.mfasettings.console.server;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Instants as the administrator looking at the page reads them: in the browser's time zone, and as
 * the time elapsed since. Server status is about "how long ago", which is easier to judge in one's
 * own zone than in the UTC that the audit pages use.
 */
public final class ViewerTime implements Serializable {

    private static final long serialVersionUID = 1L;

    /** IANA zone ids are short; a longer value is not a zone and is not worth parsing. */
    private static final int MAX_ZONE_LENGTH = 64;

    private ZoneId zone = ZoneOffset.UTC;

    /**
     * Takes the zone the browser reported. Anything that is not a zone id leaves the current zone,
     * UTC at first, so a tampered value can only make the page show UTC.
     */
    public void useZone(String reported) {
        if (reported == null || reported.isBlank() || reported.length() > MAX_ZONE_LENGTH) {
            return;
        }
        try {
            zone = ZoneId.of(reported.trim());
        } catch (DateTimeException e) {
            // Not a zone: keep the one we have.
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public String format(Instant instant, String pattern, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern(pattern, locale).withZone(zone).format(instant);
    }

    /** The unit to say "ago" in and the number of that unit, for the bundle to phrase. */
    public static Elapsed elapsed(Instant since, Instant now) {
        long seconds = Math.max(0, Duration.between(since, now).toSeconds());
        if (seconds < 60) {
            return new Elapsed(Elapsed.Unit.SECONDS, seconds);
        }
        if (seconds < 3_600) {
            return new Elapsed(Elapsed.Unit.MINUTES, seconds / 60);
        }
        if (seconds < 86_400) {
            return new Elapsed(Elapsed.Unit.HOURS, seconds / 3_600);
        }
        return new Elapsed(Elapsed.Unit.DAYS, seconds / 86_400);
    }

    /** A whole number of one unit, rounded down. */
    public record Elapsed(Unit unit, long amount) {

        public enum Unit {
            SECONDS,
            MINUTES,
            HOURS,
            DAYS
        }
    }
}
