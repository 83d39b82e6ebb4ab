package org.mfasettings.server;

import java.util.List;

/** One MFA server with its recent status changes, newest first. */
public record ServerDetail(ServerView server, List<StatusChangeView> recentChanges) {}
