package org.mfasettings.server;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.mfasettings.group.ReplicationGroup;

/**
 * Single-use credentials that an MFA server exchanges for its identity. Only the SHA-256 of the
 * random password is kept. Consumption is one conditional update, so two servers presenting the
 * same credentials at once cannot both be activated.
 */
@Entity
@Table(name = "activation_credential")
@NamedQuery(
        name = ActivationCredential.CONSUME,
        query =
                "UPDATE ActivationCredential c SET c.usedAt = :now, c.usedByServer = :server"
                        + " WHERE c.accountName = :account AND c.secretHash = :hash"
                        + " AND c.usedAt IS NULL AND c.expiresAt > :now")
@NamedQuery(
        name = ActivationCredential.BY_ACCOUNT,
        query = "SELECT c FROM ActivationCredential c WHERE c.accountName = :account")
public class ActivationCredential {

    static final String CONSUME = "ActivationCredential.consume";
    static final String BY_ACCOUNT = "ActivationCredential.byAccount";

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "account_name", nullable = false, length = 254)
    private String accountName;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @ManyToOne(optional = false)
    @JoinColumn(name = "replication_group_id")
    private ReplicationGroup group;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "used_by_server", length = 36)
    private String usedByServer;

    protected ActivationCredential() {}

    ActivationCredential(
            String id,
            String accountName,
            String secretHash,
            ReplicationGroup group,
            Instant createdAt,
            String createdBy,
            Instant expiresAt) {
        this.id = requireNonNull(id);
        this.accountName = requireNonNull(accountName);
        this.secretHash = requireNonNull(secretHash);
        this.group = requireNonNull(group);
        this.createdAt = requireNonNull(createdAt);
        this.createdBy = requireNonNull(createdBy);
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("Credentials must expire after they are created");
        }
        this.expiresAt = expiresAt;
    }

    ReplicationGroup group() {
        return group;
    }

    String createdBy() {
        return createdBy;
    }
}
