package org.mfasettings.caching;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mfasettings.decision.AuthenticationType;

/**
 * An MFA verification that a server performed or is performing. A SUCCEEDED one opens the window of
 * every caching rule it matches, from the moment it finished.
 */
@Entity
@Table(name = "verification")
@NamedQuery(
        name = Verification.RECENT_FOR_USER,
        query =
                "SELECT NEW org.mfasettings.caching.VerificationFacts(v.id, v.application,"
                        + " v.clientIp, v.authenticationType, v.groupId, v.result, v.startedAt,"
                        + " v.finishedAt) FROM Verification v WHERE v.username = :username"
                        + " AND v.startedAt > :since")
@NamedQuery(
        name = Verification.FINISH,
        query =
                "UPDATE Verification v SET v.result = :result, v.finishedAt = :now"
                        + " WHERE v.id = :id AND v.serverId = :server AND v.result = :started")
@NamedQuery(
        name = Verification.OWNED,
        query = "SELECT COUNT(v) FROM Verification v WHERE v.id = :id AND v.serverId = :server")
@NamedQuery(
        name = Verification.CLOSED_IDS,
        query =
                "SELECT v.id FROM Verification v WHERE (v.result = :succeeded"
                        + " AND v.finishedAt < :windowsClosedBefore)"
                        + " OR (v.result = :failed AND v.finishedAt < :failedBefore)"
                        + " OR (v.result = :started AND v.startedAt < :abandonedBefore)")
@NamedQuery(name = Verification.DELETE_IDS, query = "DELETE FROM Verification v WHERE v.id IN :ids")
public class Verification {

    static final String RECENT_FOR_USER = "Verification.recentForUser";
    static final String FINISH = "Verification.finish";
    static final String OWNED = "Verification.owned";
    static final String CLOSED_IDS = "Verification.closedIds";
    static final String DELETE_IDS = "Verification.deleteIds";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "server_id", nullable = false, length = 36)
    private String serverId;

    @Column(name = "replication_group_id", nullable = false)
    private Long groupId;

    @Column(nullable = false, length = 254)
    private String username;

    @Column(length = 254)
    private String application;

    @Enumerated(EnumType.STRING)
    @Column(name = "authentication_type", length = 16)
    private AuthenticationType authenticationType;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationResult result;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    protected Verification() {}

    Verification(
            String id,
            String serverId,
            Long groupId,
            String username,
            String application,
            AuthenticationType authenticationType,
            String clientIp,
            VerificationResult result,
            Instant at) {
        this.id = requireNonNull(id);
        this.serverId = requireNonNull(serverId);
        this.groupId = requireNonNull(groupId);
        this.username = requireNonNull(username);
        this.application = application;
        this.authenticationType = authenticationType;
        this.clientIp = clientIp;
        this.result = requireNonNull(result);
        this.startedAt = requireNonNull(at);
        this.finishedAt = result == VerificationResult.STARTED ? null : at;
    }

    String id() {
        return id;
    }
}
