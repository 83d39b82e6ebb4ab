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
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.ActorKind;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.Messages;
import org.mfasettings.common.ThrottledException;
import org.mfasettings.common.Tokens;
import org.mfasettings.common.UnauthorizedException;
import org.mfasettings.group.ReplicationGroup;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;

/**
 * Activation: an administrator issues single-use credentials, and an MFA server exchanges them for
 * its own identity, a server id and an API token.
 */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class ActivationService {

    private static final Logger LOG = System.getLogger(ActivationService.class.getName());

    static final Duration THROTTLE_WINDOW = Duration.ofMinutes(15);
    static final int MAX_FAILURES_PER_ADDRESS = 10;

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject InputValidator validator;

    @Inject ReplicationGroupService groups;

    @Inject SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.GLOBAL_ADMIN)
    public IssuedCredentials issue(CredentialsRequest request) {
        CredentialsRequest checked =
                validator.check(request == null ? new CredentialsRequest(null) : request);
        ReplicationGroup group =
                groups.chosen(checked.replicationGroup())
                        .orElseGet(() -> groups.find(ReplicationGroup.DEFAULT).orElseThrow());

        Instant now = clock.now();
        Instant expiresAt =
                now.plusSeconds(settings.current().activationCredentialValiditySeconds());
        String account = "activation-" + randomHex(6) + "@" + ServiceIdentity.tenant();
        String password = Tokens.random(18);
        String issuer = session.getCallerPrincipal().getName();
        em.persist(
                new ActivationCredential(
                        UUID.randomUUID().toString(),
                        account,
                        Tokens.sha256(password),
                        group,
                        now,
                        issuer,
                        expiresAt));

        String groupShown = group.name();
        auditLog.record(
                AuditAction.ACTIVATION_CREDENTIALS_ISSUED,
                account,
                "replication group: " + groupShown + ", expires: " + expiresAt);
        LOG.log(Level.INFO, "Activation credentials {0} issued by {1}", account, issuer);
        return new IssuedCredentials(account, password, groupShown, expiresAt);
    }

    /**
     * Exchanges credentials for a server identity. Wrong, used and expired credentials are refused
     * alike, so a caller learns nothing about which it was.
     */
    @PermitAll
    public Activation activate(ActivationRequest request, String address) {
        validator.check(request);
        Instant now = clock.now();
        refuseIfThrottled(address, now);

        String account = request.email().trim().toLowerCase(Locale.ROOT);
        String serverId = UUID.randomUUID().toString();
        int consumed =
                em.createNamedQuery(ActivationCredential.CONSUME)
                        .setParameter("now", now)
                        .setParameter("server", serverId)
                        .setParameter("account", account)
                        .setParameter("hash", Tokens.sha256(request.password()))
                        .executeUpdate();
        if (consumed != 1) {
            auditLog.recordFor(
                    account,
                    ActorKind.ANONYMOUS,
                    address,
                    AuditAction.ACTIVATION_FAILED,
                    null,
                    null);
            LOG.log(Level.WARNING, "Activation refused for {0} from {1}", account, address);
            throw new UnauthorizedException(Messages.get("activation.refused"));
        }

        ActivationCredential credential =
                em.createNamedQuery(ActivationCredential.BY_ACCOUNT, ActivationCredential.class)
                        .setParameter("account", account)
                        .getSingleResult();
        String token = Tokens.random(32);
        MfaServer server =
                new MfaServer(
                        serverId,
                        request.serverName().trim(),
                        request.hostname().trim(),
                        request.version().trim(),
                        credential.group(),
                        Tokens.sha256(token),
                        now,
                        address,
                        credential.createdBy());
        em.persist(server);
        em.persist(new ServerStatusChange(serverId, now, null, ServerStatus.ONLINE, "activated"));

        String group = credential.group().name();
        auditLog.recordFor(
                server.name(),
                ActorKind.SERVER,
                address,
                AuditAction.SERVER_ACTIVATED,
                serverId,
                "account: " + account + ", replication group: " + group);
        LOG.log(
                Level.INFO,
                "MFA server {0} ({1}) activated in group {2}",
                server.name(),
                serverId,
                group);
        Settings current = settings.current();
        return new Activation(serverId, token, group, current.heartbeatIntervalSeconds());
    }

    private void refuseIfThrottled(String address, Instant now) {
        if (address != null
                && auditLog.countRecentByAddress(
                                AuditAction.ACTIVATION_FAILED, address, now.minus(THROTTLE_WINDOW))
                        >= MAX_FAILURES_PER_ADDRESS) {
            LOG.log(Level.WARNING, "Activation from {0} throttled", address);
            throw new ThrottledException(
                    Messages.get("activation.throttled"), THROTTLE_WINDOW.toSeconds());
        }
    }

    private static String randomHex(int bytes) {
        return HexFormat.of().formatHex(Tokens.randomBytes(bytes));
    }
}
