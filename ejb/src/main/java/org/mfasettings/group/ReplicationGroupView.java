package org.mfasettings.group;

import java.time.Instant;

/** A replication group as the console and the API show it. */
public record ReplicationGroupView(
        String name, String description, Instant createdAt, boolean builtIn) {}
