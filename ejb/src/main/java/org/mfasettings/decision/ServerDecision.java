package org.mfasettings.decision;

import org.mfasettings.server.AuthenticatedServer;

/** A decision, and the server it was made for (which a decision that waits needs again). */
public record ServerDecision(AuthenticatedServer server, Decision decision) {}
