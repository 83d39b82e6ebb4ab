package org.mfasettings.server;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.decision.DecisionGenerations;
import org.mfasettings.group.ReplicationGroup;
import org.mfasettings.group.ReplicationGroupService;

/** The administrators' view of the MFA servers: status, detail, deactivation, group moves. */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class ServerService {

    private static final Logger LOG = System.getLogger(ServerService.class.getName());

    static final int RECENT_CHANGES = 20;
    static final int OFFLINE_BATCH = 200;

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject ReplicationGroupService groups;

    @Inject org.mfasettings.settings.SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.READER)
    public List<ServerView> list() {
        Instant now = clock.now();
        Duration offlineAfter = offlineAfter();
        return em.createNamedQuery(MfaServer.ALL, MfaServer.class)
                .getResultStream()
                .map(s -> s.toView(now, offlineAfter))
                .toList();
    }

    @RolesAllowed(Role.READER)
    public ServerDetail get(String id) {
        MfaServer server = require(id);
        List<StatusChangeView> changes =
                em.createNamedQuery(ServerStatusChange.RECENT, ServerStatusChange.class)
                        .setParameter("server", server.id())
                        .setMaxResults(RECENT_CHANGES)
                        .getResultStream()
                        .map(ServerStatusChange::toView)
                        .toList();
        return new ServerDetail(server.toView(clock.now(), offlineAfter()), changes);
    }

    /** Revokes the server's token; its next call is refused, on every node. */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ServerView deactivate(String id) {
        MfaServer server = require(id);
        Instant now = clock.now();
        String by = session.getCallerPrincipal().getName();
        ServerStatus before = server.status(now, offlineAfter());
        int changed =
                em.createNamedQuery(MfaServer.DEACTIVATE)
                        .setParameter("at", now)
                        .setParameter("by", by)
                        .setParameter("status", ServerStatus.DEACTIVATED)
                        .setParameter("id", server.id())
                        .executeUpdate();
        if (changed != 1) {
            throw new ConflictException(Messages.get("server.alreadyDeactivated", server.name()));
        }
        DecisionGenerations.serverChanged(em);
        em.persist(
                new ServerStatusChange(
                        server.id(),
                        now,
                        before,
                        ServerStatus.DEACTIVATED,
                        "deactivated by " + by));
        auditLog.record(AuditAction.SERVER_DEACTIVATED, server.id(), "name: " + server.name());
        LOG.log(
                Level.INFO,
                "MFA server {0} ({1}) deactivated by {2}",
                server.name(),
                server.id(),
                by);
        em.refresh(server);
        return server.toView(now, offlineAfter());
    }

    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ServerView moveToGroup(String id, String groupName) {
        MfaServer server = require(id);
        ReplicationGroup group =
                groups.chosen(groupName)
                        .orElseThrow(
                                () ->
                                        InvalidInputException.of(
                                                "replicationGroup",
                                                Messages.get("group.required")));
        String before = server.group().name();
        server.moveTo(group);
        DecisionGenerations.serverChanged(em);
        String after = group.name();
        auditLog.record(AuditAction.SERVER_MOVED, server.id(), before + " -> " + after);
        LOG.log(Level.INFO, "MFA server {0} moved from {1} to {2}", server.name(), before, after);
        return server.toView(clock.now(), offlineAfter());
    }

    /**
     * Writes an OFFLINE entry in the history of each server that fell silent, at most one batch.
     * Each server is claimed with a conditional update, so nodes running this at once record each
     * change once.
     */
    @PermitAll
    public int recordSilentServers() {
        Instant cutoff = clock.now().minus(offlineAfter());
        List<String> silent =
                em.createNamedQuery(MfaServer.SILENT_SINCE, String.class)
                        .setParameter("offline", ServerStatus.OFFLINE)
                        .setParameter("cutoff", cutoff)
                        .setMaxResults(OFFLINE_BATCH)
                        .getResultList();
        int recorded = 0;
        for (String id : silent) {
            MfaServer server = em.find(MfaServer.class, id);
            ServerStatus before = server == null ? null : server.recordedStatus();
            int claimed =
                    em.createNamedQuery(MfaServer.MARK_OFFLINE)
                            .setParameter("offline", ServerStatus.OFFLINE)
                            .setParameter("id", id)
                            .setParameter("cutoff", cutoff)
                            .executeUpdate();
            if (claimed == 1) {
                em.persist(
                        new ServerStatusChange(
                                id, clock.now(), before, ServerStatus.OFFLINE, "no heartbeat"));
                recorded++;
            }
        }
        return recorded;
    }

    private Duration offlineAfter() {
        return Duration.ofSeconds(settings.current().offlineAfterSeconds());
    }

    private MfaServer require(String id) {
        MfaServer server = id == null || id.length() > 36 ? null : em.find(MfaServer.class, id);
        if (server == null) {
            throw new NotFoundException(Messages.get("server.notFound", String.valueOf(id)));
        }
        return server;
    }
}
