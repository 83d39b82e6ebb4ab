package org.mfasettings.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The hash of a setup token that a node wrote to its log while no administrator existed. */
@Entity
@Table(name = "setup_token")
class SetupToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SetupToken() {}

    SetupToken(String tokenHash, Instant createdAt) {
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }
}
