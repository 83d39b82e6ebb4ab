package org.mfasettings.server;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an MFA server's status, for its history on the detail view. */
@Entity
@Table(name = "server_status_change")
@NamedQuery(
        name = ServerStatusChange.RECENT,
        query =
                "SELECT c FROM ServerStatusChange c WHERE c.serverId = :server"
                        + " ORDER BY c.changedAt DESC, c.id DESC")
public class ServerStatusChange {

    static final String RECENT = "ServerStatusChange.recent";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "server_id", nullable = false, length = 36)
    private String serverId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    private ServerStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    private ServerStatus toStatus;

    @Column(length = 500)
    private String detail;

    protected ServerStatusChange() {}

    ServerStatusChange(
            String serverId, Instant changedAt, ServerStatus from, ServerStatus to, String detail) {
        this.serverId = requireNonNull(serverId);
        this.changedAt = requireNonNull(changedAt);
        this.fromStatus = from;
        this.toStatus = requireNonNull(to);
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
    }

    StatusChangeView toView() {
        return new StatusChangeView(changedAt, fromStatus, toStatus, detail);
    }
}
