package org.mfasettings.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.mfasettings.common.Clock;

/**
 * Decides when a call from an MFA server must be written as its last communication.
 *
 * <p>A busy server sends many decision requests a second; writing its row on each would make that
 * row the hottest lock in the database and double the cost of every call. Instead each node writes
 * a server's last communication at most once per {@link #WRITE_INTERVAL}, with a conditional update
 * that never moves the time backwards, so several nodes writing at once agree. The time shown may
 * therefore lag by up to that interval, far below the offline threshold. Heartbeats always write,
 * since they also carry the version and health.
 */
@ApplicationScoped
public class CommunicationRecorder {

    static final Duration WRITE_INTERVAL = Duration.ofSeconds(5);
    private static final int MAX_TRACKED = 10_000;

    private final Map<String, Instant> lastWritten = new ConcurrentHashMap<>();

    @Inject CommunicationWriter writer;

    @Inject Clock clock;

    /** Records a call from an authenticated server, writing it when it is due. */
    public void record(String serverId, String address) {
        Instant now = clock.now();
        if (claimWrite(serverId, now)) {
            writer.write(serverId, address, now);
        }
    }

    /** True when this call should be written; it is then counted as written. */
    boolean claimWrite(String serverId, Instant now) {
        if (lastWritten.size() > MAX_TRACKED) {
            lastWritten.clear();
        }
        boolean[] claimed = {false};
        lastWritten.compute(
                serverId,
                (id, previous) -> {
                    if (previous == null || !previous.plus(WRITE_INTERVAL).isAfter(now)) {
                        claimed[0] = true;
                        return now;
                    }
                    return previous;
                });
        return claimed[0];
    }

    void written(String serverId, Instant at) {
        lastWritten.put(serverId, at);
    }
}
