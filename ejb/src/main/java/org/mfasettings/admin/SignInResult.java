package org.mfasettings.admin;

import java.util.Set;

/** The outcome of a sign-in attempt; the groups are set only when it succeeded. */
public record SignInResult(Outcome outcome, String username, Set<String> groups) {

    public enum Outcome {
        SUCCEEDED,
        FAILED,
        THROTTLED
    }

    static SignInResult succeeded(String username, AdminRole role) {
        return new SignInResult(Outcome.SUCCEEDED, username, role.groups());
    }

    static SignInResult failed(String username) {
        return new SignInResult(Outcome.FAILED, username, Set.of());
    }

    static SignInResult throttled(String username) {
        return new SignInResult(Outcome.THROTTLED, username, Set.of());
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
