package org.mfasettings.bypass;

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
import java.time.Instant;
import org.mfasettings.group.ReplicationGroup;

/**
 * Lets one user sign in once without MFA until it expires. Every change of state is a single
 * conditional update on {@code status}, so that with any number of concurrent decisions on any
 * number of nodes exactly one uses it, and a cancelled or expired bypass is never used.
 */
@Entity
@Table(name = "one_time_bypass")
@NamedQuery(
        name = OneTimeBypass.ACTIVE,
        query =
                "SELECT NEW org.mfasettings.bypass.BypassCandidate(b.id, b.username, g.id,"
                        + " b.expiresAt) FROM OneTimeBypass b LEFT JOIN b.group g"
                        + " WHERE b.status = :active AND b.expiresAt > :now ORDER BY b.expiresAt")
@NamedQuery(
        name = OneTimeBypass.CONSUME,
        query =
                "UPDATE OneTimeBypass b SET b.status = :used, b.endedAt = :now,"
                        + " b.usedByServerId = :serverId, b.usedByServerName = :serverName,"
                        + " b.usedClientIp = :clientIp, b.usedApplication = :application"
                        + " WHERE b.id = :id AND b.status = :active AND b.expiresAt > :now")
@NamedQuery(
        name = OneTimeBypass.CANCEL,
        query =
                "UPDATE OneTimeBypass b SET b.status = :cancelled, b.endedAt = :now,"
                        + " b.cancelledBy = :by, b.cancelReason = :reason"
                        + " WHERE b.id = :id AND b.status = :active AND b.expiresAt > :now")
@NamedQuery(
        name = OneTimeBypass.EXPIRED_IDS,
        query =
                "SELECT b.id FROM OneTimeBypass b WHERE b.status = :active"
                        + " AND b.expiresAt <= :now")
@NamedQuery(
        name = OneTimeBypass.MARK_EXPIRED,
        query =
                "UPDATE OneTimeBypass b SET b.status = :expired, b.endedAt = b.expiresAt"
                        + " WHERE b.id IN :ids AND b.status = :active AND b.expiresAt <= :now")
public class OneTimeBypass {

    static final String ACTIVE = "OneTimeBypass.active";
    static final String CONSUME = "OneTimeBypass.consume";
    static final String CANCEL = "OneTimeBypass.cancel";
    static final String EXPIRED_IDS = "OneTimeBypass.expiredIds";
    static final String MARK_EXPIRED = "OneTimeBypass.markExpired";

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 254)
    private String username;

    @ManyToOne
    @JoinColumn(name = "replication_group_id")
    private ReplicationGroup group;

    @Column(nullable = false)
    private int seconds;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "granted_at", nullable = false)
    private Instant grantedAt;

    @Column(name = "granted_by", nullable = false, length = 254)
    private String grantedBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private BypassStatus status;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "used_by_server_id", length = 36)
    private String usedByServerId;

    @Column(name = "used_by_server_name", length = 128)
    private String usedByServerName;

    @Column(name = "used_client_ip", length = 64)
    private String usedClientIp;

    @Column(name = "used_application", length = 254)
    private String usedApplication;

    @Column(name = "cancelled_by", length = 254)
    private String cancelledBy;

    @Column(name = "cancel_reason", length = 500)
    private String cancelReason;

    protected OneTimeBypass() {}

    OneTimeBypass(
            String id,
            String username,
            ReplicationGroup group,
            int seconds,
            String reason,
            Instant grantedAt,
            String grantedBy) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("A bypass lasts at least one second");
        }
        this.id = requireNonNull(id);
        this.username = requireNonNull(username);
        this.group = group;
        this.seconds = seconds;
        this.reason = requireNonNull(reason);
        this.grantedAt = requireNonNull(grantedAt);
        this.grantedBy = requireNonNull(grantedBy);
        this.expiresAt = grantedAt.plusSeconds(seconds);
        this.status = BypassStatus.ACTIVE;
    }

    String id() {
        return id;
    }

    String username() {
        return username;
    }

    Instant expiresAt() {
        return expiresAt;
    }

    BypassView toView(Instant now) {
        BypassStatus shown =
                status == BypassStatus.ACTIVE && !expiresAt.isAfter(now)
                        ? BypassStatus.EXPIRED
                        : status;
        Instant ended = shown == BypassStatus.EXPIRED && endedAt == null ? expiresAt : endedAt;
        return new BypassView(
                id,
                username,
                group == null ? null : group.name(),
                seconds,
                reason,
                grantedAt,
                grantedBy,
                expiresAt,
                shown,
                ended,
                usedByServerName,
                usedByServerId,
                usedClientIp,
                usedApplication,
                cancelledBy,
                cancelReason);
    }
}
