package org.mfasettings.caching;

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
import jakarta.persistence.Version;
import java.time.Instant;
import org.mfasettings.decision.AuthenticationType;
import org.mfasettings.group.ReplicationGroup;

/**
 * After a user succeeds MFA, later requests that share what the cache type says succeed without MFA
 * for {@code seconds}. Windows are not stored: each decision computes them from the rules as they
 * are now, so a deleted rule stops caching at once and a shortened one shortens the windows already
 * open.
 */
@Entity
@Table(name = "caching_rule")
@NamedQuery(
        name = CachingRule.ALL,
        query = "SELECT r FROM CachingRule r ORDER BY r.createdAt, r.id")
@NamedQuery(
        name = CachingRule.ACTIVE,
        query =
                "SELECT NEW org.mfasettings.caching.ActiveRule(r.id, r.cacheType, r.seconds,"
                        + " r.authenticationType, r.application, g.id)"
                        + " FROM CachingRule r LEFT JOIN r.group g")
public class CachingRule {

    static final String ALL = "CachingRule.all";
    static final String ACTIVE = "CachingRule.active";

    @Id
    @Column(length = 36)
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(name = "cache_type", nullable = false, length = 40)
    private CacheType cacheType;

    @Column(nullable = false)
    private int seconds;

    @Enumerated(EnumType.STRING)
    @Column(name = "authentication_type", length = 16)
    private AuthenticationType authenticationType;

    /** Stored in lower case: application names compare regardless of case. */
    @Column(length = 254)
    private String application;

    @ManyToOne
    @JoinColumn(name = "replication_group_id")
    private ReplicationGroup group;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Version private long version;

    protected CachingRule() {}

    CachingRule(String id, Instant at, String by) {
        this.id = requireNonNull(id);
        this.createdAt = requireNonNull(at);
        this.createdBy = requireNonNull(by);
    }

    void define(
            CacheType cacheType,
            int seconds,
            AuthenticationType authenticationType,
            String application,
            ReplicationGroup group,
            Instant at,
            String by) {
        if (seconds <= 0) {
            throw new IllegalArgumentException("A caching window lasts at least one second");
        }
        this.cacheType = requireNonNull(cacheType);
        this.seconds = seconds;
        this.authenticationType = authenticationType;
        this.application = application;
        this.group = group;
        this.updatedAt = requireNonNull(at);
        this.updatedBy = requireNonNull(by);
    }

    String id() {
        return id;
    }

    RuleView toView() {
        return new RuleView(
                id,
                cacheType,
                seconds,
                authenticationType,
                application,
                group == null ? null : group.name(),
                createdAt,
                createdBy,
                updatedAt,
                updatedBy);
    }
}
