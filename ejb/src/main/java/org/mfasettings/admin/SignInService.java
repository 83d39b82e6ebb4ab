package org.mfasettings.admin;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.mfasettings.audit.ActorKind;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.Tokens;

/**
 * Checks administrator credentials for the console and the admin API. Repeated failures are
 * throttled per account and per source address, counted from the audit log that every node shares,
 * so an attacker gains nothing by spreading guesses over the nodes.
 */
@Stateless
@PermitAll
public class SignInService {

    private static final Logger LOG = System.getLogger(SignInService.class.getName());

    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ACCOUNT = 5;
    static final int MAX_FAILURES_PER_ADDRESS = 20;

    @PersistenceContext EntityManager em;

    @Inject PasswordHasher hasher;

    @Inject VerifiedCredentials verified;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    private String decoyHash;

    @PostConstruct
    void prepareDecoy() {
        decoyHash = hasher.hash(Tokens.random(16));
    }

    public SignInResult authenticate(String rawUsername, String password, String address) {
        String username = Usernames.normalise(rawUsername);
        if (username == null || username.isEmpty() || password == null || password.isEmpty()) {
            return fail(username == null || username.isEmpty() ? "(none)" : username, address);
        }

        Instant now = clock.now();
        if (isThrottled(username, address, now)) {
            auditLog.recordFor(
                    username,
                    ActorKind.ANONYMOUS,
                    address,
                    AuditAction.SIGN_IN_THROTTLED,
                    null,
                    null);
            LOG.log(
                    Level.WARNING,
                    "Sign-in for {0} from {1} refused: too many failures",
                    username,
                    address);
            return SignInResult.throttled(username);
        }

        Administrator administrator = em.find(Administrator.class, username);
        if (administrator == null) {
            hasher.matches(password, decoyHash);
            return fail(username, address);
        }
        if (verified.recentlyVerified(username, password, administrator.passwordHash(), now)) {
            return SignInResult.succeeded(username, administrator.role());
        }
        if (!hasher.matches(password, administrator.passwordHash())) {
            return fail(username, address);
        }

        verified.remember(username, password, administrator.passwordHash(), now);
        auditLog.recordFor(
                username,
                ActorKind.ADMINISTRATOR,
                address,
                AuditAction.SIGN_IN_SUCCEEDED,
                null,
                null);
        return SignInResult.succeeded(username, administrator.role());
    }

    /** The role an administrator has now, or empty once they have been removed. */
    public Optional<AdminRole> currentRole(String username) {
        Administrator administrator = em.find(Administrator.class, username);
        return Optional.ofNullable(administrator).map(Administrator::role);
    }

    public void signedOut(String username, String address) {
        auditLog.recordFor(
                username, ActorKind.ADMINISTRATOR, address, AuditAction.SIGNED_OUT, null, null);
    }

    private boolean isThrottled(String username, String address, Instant now) {
        Instant since = now.minus(THROTTLE_WINDOW);
        if (auditLog.countRecentByActor(AuditAction.SIGN_IN_FAILED, username, since)
                >= MAX_FAILURES_PER_ACCOUNT) {
            return true;
        }
        return address != null
                && auditLog.countRecentByAddress(AuditAction.SIGN_IN_FAILED, address, since)
                        >= MAX_FAILURES_PER_ADDRESS;
    }

    private SignInResult fail(String username, String address) {
        auditLog.recordFor(
                username, ActorKind.ANONYMOUS, address, AuditAction.SIGN_IN_FAILED, null, null);
        LOG.log(Level.DEBUG, "Sign-in failed for {0} from {1}", username, address);
        return SignInResult.failed(username);
    }
}
