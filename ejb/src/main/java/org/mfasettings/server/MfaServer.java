package org.mfasettings.server;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.mfasettings.group.ReplicationGroup;

/**
 * An activated on-premises MFA server. It authenticates with a bearer token of which only the
 * SHA-256 is kept. Its status is derived on read (see {@link ServerStatus}); {@code recordedStatus}
 * only remembers the last status written to the history, so that each change is recorded once.
 */
@Entity
@Table(name = "mfa_server")
@NamedQuery(
        name = MfaServer.ACTIVE_BY_TOKEN,
        query =
                "SELECT NEW org.mfasettings.server.AuthenticatedServer(s.id, s.name, s.group.id,"
                        + " d.rulesGeneration, d.bypassesGeneration)"
                        + " FROM MfaServer s, DecisionGenerations d"
                        + " WHERE s.tokenHash = :hash AND s.deactivatedAt IS NULL AND d.id = 1")
@NamedQuery(name = MfaServer.ALL, query = "SELECT s FROM MfaServer s ORDER BY s.name, s.id")
@NamedQuery(
        name = MfaServer.TOUCH,
        query =
                "UPDATE MfaServer s SET s.lastSeenAt = :at, s.lastAddress = :address"
                        + " WHERE s.id = :id AND s.lastSeenAt < :at")
@NamedQuery(
        name = MfaServer.DEACTIVATE,
        query =
                "UPDATE MfaServer s SET s.deactivatedAt = :at, s.deactivatedBy = :by,"
                    + " s.recordedStatus = :status WHERE s.id = :id AND s.deactivatedAt IS NULL")
@NamedQuery(
        name = MfaServer.SILENT_SINCE,
        query =
                "SELECT s.id FROM MfaServer s WHERE s.deactivatedAt IS NULL"
                        + " AND s.recordedStatus <> :offline AND s.lastSeenAt < :cutoff")
@NamedQuery(
        name = MfaServer.MARK_OFFLINE,
        query =
                "UPDATE MfaServer s SET s.recordedStatus = :offline WHERE s.id = :id"
                        + " AND s.deactivatedAt IS NULL AND s.recordedStatus <> :offline"
                        + " AND s.lastSeenAt < :cutoff")
public class MfaServer {

    static final String ACTIVE_BY_TOKEN = "MfaServer.activeByToken";
    static final String ALL = "MfaServer.all";
    static final String TOUCH = "MfaServer.touch";
    static final String DEACTIVATE = "MfaServer.deactivate";
    static final String SILENT_SINCE = "MfaServer.silentSince";
    static final String MARK_OFFLINE = "MfaServer.markOffline";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 128)
    private String name;

    @Column(nullable = false, length = 254)
    private String hostname;

    @Column(name = "software_version", nullable = false, length = 64)
    private String version;

    @ManyToOne(optional = false)
    @JoinColumn(name = "replication_group_id")
    private ReplicationGroup group;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "activated_from", length = 64)
    private String activatedFrom;

    @Column(name = "credentials_issued_by", nullable = false, length = 254)
    private String credentialsIssuedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Health health;

    @Column(name = "health_detail", length = 500)
    private String healthDetail;

    @Column(name = "last_seen_at", nullable = false)
    private Instant lastSeenAt;

    @Column(name = "last_address", length = 64)
    private String lastAddress;

    @Enumerated(EnumType.STRING)
    @Column(name = "recorded_status", nullable = false, length = 16)
    private ServerStatus recordedStatus;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "deactivated_by", length = 254)
    private String deactivatedBy;

    protected MfaServer() {}

    MfaServer(
            String id,
            String name,
            String hostname,
            String version,
            ReplicationGroup group,
            String tokenHash,
            Instant activatedAt,
            String activatedFrom,
            String credentialsIssuedBy) {
        this.id = requireNonNull(id);
        this.name = requireNonNull(name);
        this.hostname = requireNonNull(hostname);
        this.version = requireNonNull(version);
        this.group = requireNonNull(group);
        this.tokenHash = requireNonNull(tokenHash);
        this.activatedAt = requireNonNull(activatedAt);
        this.activatedFrom = activatedFrom;
        this.credentialsIssuedBy = requireNonNull(credentialsIssuedBy);
        this.health = Health.OK;
        this.lastSeenAt = activatedAt;
        this.lastAddress = activatedFrom;
        this.recordedStatus = ServerStatus.ONLINE;
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }

    ReplicationGroup group() {
        return group;
    }

    ServerStatus recordedStatus() {
        return recordedStatus;
    }

    ServerStatus status(Instant now, Duration offlineAfter) {
        return ServerStatus.of(deactivatedAt != null, health, lastSeenAt, now, offlineAfter);
    }

    /** Takes a heartbeat and says which status it leaves the server in. */
    ServerStatus heartbeat(
            String newVersion, Health newHealth, String detail, Instant at, String address) {
        this.version = requireNonNull(newVersion);
        this.health = requireNonNull(newHealth);
        this.healthDetail = detail;
        if (at.isAfter(lastSeenAt)) {
            this.lastSeenAt = at;
        }
        this.lastAddress = address;
        ServerStatus now =
                newHealth == Health.DEGRADED ? ServerStatus.DEGRADED : ServerStatus.ONLINE;
        this.recordedStatus = now;
        return now;
    }

    void moveTo(ReplicationGroup newGroup) {
        this.group = requireNonNull(newGroup);
    }

    ServerView toView(Instant now, Duration offlineAfter) {
        return new ServerView(
                id,
                name,
                hostname,
                group.name(),
                version,
                status(now, offlineAfter),
                healthDetail,
                lastAddress,
                lastSeenAt,
                activatedAt,
                activatedFrom,
                credentialsIssuedBy,
                deactivatedAt,
                deactivatedBy);
    }
}
