package org.mfasettings.server;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
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

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject CommunicationRecorder communication;

    @Inject InputValidator validator;

    @Inject org.mfasettings.settings.SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    /**
     * The active server that the token belongs to; records the call as its last communication. Runs
     * without a transaction (every server call makes it); the occasional write has its own.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<AuthenticatedServer> authenticate(String token, String address) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Optional.empty();
        }
        // Read as a record, not an entity: this runs on every call an MFA server makes.
        Optional<AuthenticatedServer> server =
                em.createNamedQuery(MfaServer.ACTIVE_BY_TOKEN, AuthenticatedServer.class)
                        .setParameter("hash", Tokens.sha256(token.trim()))
                        .getResultStream()
                        .findFirst();
        server.ifPresent(s -> recordCommunication(s.id(), address));
        return server;
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

    /**
     * Writes a call as the server's last communication, never moving it backwards, in a transaction
     * of its own (the token check has none).
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void touch(String serverId, String address, Instant at) {
        em.createNamedQuery(MfaServer.TOUCH)
                .setParameter("at", at)
                .setParameter("address", address)
                .setParameter("id", serverId)
                .executeUpdate();
    }

    private void recordCommunication(String serverId, String address) {
        Instant now = clock.now();
        if (communication.claimWrite(serverId, now)) {
            // Through the container, so that the write gets its transaction.
            session.getBusinessObject(ServerAuthentication.class).touch(serverId, address, now);
        }
    }
}
