package org.mfasettings.server;

/** The identity an MFA server receives at activation; the token is shown this once. */
public record Activation(
        String serverId, String token, String replicationGroup, int heartbeatSeconds) {

    @Override
    public String toString() {
        return "Activation[serverId=" + serverId + "]";
    }
}
