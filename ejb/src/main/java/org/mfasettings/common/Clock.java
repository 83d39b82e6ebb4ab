package org.mfasettings.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The service's notion of now, truncated to the millisecond that the database stores, so that a
 * time written and read back compares equal.
 */
@ApplicationScoped
public class Clock {

    public Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }
}
