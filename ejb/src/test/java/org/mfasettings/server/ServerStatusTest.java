package org.mfasettings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ServerStatusTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final Duration THRESHOLD = Duration.ofSeconds(180);

    @Test
    void healthyAndRecentlyHeardFromIsOnline() {
        assertEquals(
                ServerStatus.ONLINE,
                ServerStatus.of(false, Health.OK, NOW.minusSeconds(180), NOW, THRESHOLD));
    }

    @Test
    void reportingAProblemIsDegraded() {
        assertEquals(
                ServerStatus.DEGRADED,
                ServerStatus.of(false, Health.DEGRADED, NOW.minusSeconds(10), NOW, THRESHOLD));
    }

    @Test
    void silentPastTheThresholdIsOfflineWhateverItLastReported() {
        assertEquals(
                ServerStatus.OFFLINE,
                ServerStatus.of(false, Health.DEGRADED, NOW.minusSeconds(181), NOW, THRESHOLD));
    }

    @Test
    void deactivatedOverridesEverything() {
        assertEquals(
                ServerStatus.DEACTIVATED, ServerStatus.of(true, Health.OK, NOW, NOW, THRESHOLD));
    }
}
