package org.mfasettings.server;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.util.Optional;
import org.mfasettings.audit.ActorKind;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.common.Tokens;

/**
 * The calls an activated MFA server makes about itself: proving its token, and its heartbeat.
 * Tokens are checked against the database on every call, so a deactivation on any node refuses the
 * server on every node at once.
 */
@Stateless
@PermitAll
public class ServerAuthentication {

    private static final Logger LOG = System.getLogger(ServerAuthentication.class.getName());

    /** Tokens are 43 characters; anything much longer is refused unread. */
    private static final int MAX_TOKEN_LENGTH = 200;

    @PersistenceContext EntityManager em;

    @Inject CommunicationRecorder communication;

    @Inject InputValidator validator;

    @Inject org.mfasettings.settings.SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    /**
     * The active server that the token belongs to; records the call as its last communication. Runs
     * without a transaction (every server call makes it); the occasional write has its own (see
     * {@link CommunicationRecorder}).
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AuthenticatedServer> authenticate(String token, String address) {
        Optional<AuthenticatedServer> server = tokenHash(token).flatMap(this::activeServer);
        server.ifPresent(s -> communication.record(s.id(), address));
        return server;
    }

    /** The active server whose token has this hash; records nothing. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AuthenticatedServer> activeServer(String tokenHash) {
        // Read as a record, not an entity: this runs on every call an MFA server makes.
        return em.createNamedQuery(MfaServer.ACTIVE_BY_TOKEN, AuthenticatedServer.class)
                .setParameter("hash", tokenHash)
                .getResultStream()
                .findFirst();
    }

    /** The stored form of a presented token; empty for one that no server can have. */
    public static Optional<String> tokenHash(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_LENGTH) {
            return Optional.empty();
        }
        return Optional.of(Tokens.sha256(token.trim()));
    }

    public HeartbeatAnswer heartbeat(
            AuthenticatedServer caller, HeartbeatRequest request, String address) {
        validator.check(request);
        MfaServer server = em.find(MfaServer.class, caller.id());
        if (server == null) {
            throw new NotFoundException(Messages.get("server.notFound", caller.id()));
        }
        Instant now = clock.now();
        ServerStatus before = server.recordedStatus();
        Health health = Health.valueOf(request.health());
        String detail =
                request.detail() == null || request.detail().isBlank()
                        ? null
                        : request.detail().trim();
        ServerStatus after =
                server.heartbeat(request.version().trim(), health, detail, now, address);
        communication.written(server.id(), now);

        if (before != after) {
            em.persist(new ServerStatusChange(server.id(), now, before, after, detail));
            auditLog.recordFor(
                    server.name(),
                    ActorKind.SERVER,
                    address,
                    AuditAction.SERVER_HEALTH_CHANGED,
                    server.id(),
                    before + " -> " + after + (detail == null ? "" : ": " + detail));
            LOG.log(Level.INFO, "MFA server {0} is now {1}", server.name(), after);
        }
        return new HeartbeatAnswer(settings.current().heartbeatIntervalSeconds(), now);
    }
}
