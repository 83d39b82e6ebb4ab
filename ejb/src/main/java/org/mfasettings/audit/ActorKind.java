package org.mfasettings.audit;

/** Who made a change: an administrator, an MFA server, the service itself, or nobody signed in. */
public enum ActorKind {
    ADMINISTRATOR,
    SERVER,
    SYSTEM,
    ANONYMOUS
}
