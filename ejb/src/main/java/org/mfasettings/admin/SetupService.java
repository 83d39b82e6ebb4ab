package org.mfasettings.admin;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import org.mfasettings.audit.ActorKind;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.Persistence;
import org.mfasettings.common.Tokens;

/**
 * The first administrator: from the bootstrap variables of an automated install, or through the
 * setup page with the token written to the log at start-up. The single row of {@code
 * setup_completion} lets exactly one of several concurrent attempts win.
 */
@Stateless
@PermitAll
public class SetupService {

    private static final Logger LOG = System.getLogger(SetupService.class.getName());

    @PersistenceContext EntityManager em;

    @Inject InputValidator validator;

    @Inject PasswordHasher hasher;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    public boolean isSetUp() {
        long completions =
                em.createQuery("SELECT COUNT(c) FROM SetupCompletion c", Long.class)
                        .getSingleResult();
        return completions > 0
                || em.createNamedQuery(Administrator.COUNT, Long.class).getSingleResult() > 0;
    }

    /** Stores the hash of a new setup token; the caller shows the token itself once, in the log. */
    public String issueSetupToken() {
        String token = Tokens.random(24);
        em.persist(new SetupToken(Tokens.sha256(token), clock.now()));
        return token;
    }

    public void completeWithToken(String token, String address, NewAdministrator first) {
        boolean known =
                token != null
                        && !token.isBlank()
                        && em.find(SetupToken.class, Tokens.sha256(token.trim())) != null;
        if (!known) {
            auditLog.recordFor(
                    "setup",
                    ActorKind.ANONYMOUS,
                    address,
                    AuditAction.SIGN_IN_FAILED,
                    "setup",
                    null);
            throw InvalidInputException.of("token", Messages.get("setup.tokenWrong"));
        }
        createFirst(first, "setup page", address);
    }

    public void createFirst(NewAdministrator first, String how, String address) {
        validator.check(first);
        String username = Usernames.normalise(first.username());
        try {
            em.persist(new SetupCompletion(clock.now(), username));
            em.persist(
                    new Administrator(
                            username,
                            hasher.hash(first.password()),
                            AdminRole.GLOBAL_ADMIN,
                            clock.now(),
                            how));
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isUniqueViolation(e)) {
                throw new ConflictException(Messages.get("setup.alreadyDone"));
            }
            throw e;
        }
        em.createQuery("DELETE FROM SetupToken t").executeUpdate();
        auditLog.recordFor(
                username,
                ActorKind.ADMINISTRATOR,
                address,
                AuditAction.SETUP_COMPLETED,
                username,
                "first global administrator, through the " + how);
        LOG.log(Level.INFO, "First administrator {0} created through the {1}", username, how);
    }
}
