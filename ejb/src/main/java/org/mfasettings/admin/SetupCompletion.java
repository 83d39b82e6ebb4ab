package org.mfasettings.admin;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The one row that says the first administrator exists. */
@Entity
@Table(name = "setup_completion")
class SetupCompletion {

    private static final short ONLY = 1;

    @Id private short id;

    @Column(name = "completed_at", nullable = false)
    private Instant completedAt;

    @Column(name = "completed_by", nullable = false, length = 254)
    private String completedBy;

    protected SetupCompletion() {}

    SetupCompletion(Instant completedAt, String completedBy) {
        this.id = ONLY;
        this.completedAt = completedAt;
        this.completedBy = completedBy;
    }
}
