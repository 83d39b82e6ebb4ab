package org.mfasettings.caching;

import java.util.Optional;

/** What the caching rules say of a request: covered by a window, or waiting on a verification. */
public record CacheAnswer(Optional<CacheHit> hit, boolean pending) {}
