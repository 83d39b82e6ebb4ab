package org.mfasettings.group;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A named group of MFA servers that share bypasses and caching rules. Names are unique whatever
 * their case: the database holds a lower-case key with a unique constraint. The group named {@value
 * #DEFAULT} exists from the first migration and can be neither renamed nor deleted.
 */
@Entity
@Table(name = "replication_group")
@NamedQuery(
        name = ReplicationGroup.ALL,
        query = "SELECT g FROM ReplicationGroup g ORDER BY g.nameKey")
@NamedQuery(
        name = ReplicationGroup.BY_KEY,
        query = "SELECT g FROM ReplicationGroup g WHERE g.nameKey = :key")
public class ReplicationGroup {

    public static final String DEFAULT = "Default";

    static final String ALL = "ReplicationGroup.all";
    static final String BY_KEY = "ReplicationGroup.byKey";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "name_key", nullable = false, length = 64)
    private String nameKey;

    @Column(length = 500)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version private long version;

    protected ReplicationGroup() {}

    ReplicationGroup(String name, String description, Instant createdAt) {
        rename(name);
        this.description = description;
        this.createdAt = requireNonNull(createdAt);
    }

    static String keyOf(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    String description() {
        return description;
    }

    boolean isDefault() {
        return DEFAULT.toLowerCase(Locale.ROOT).equals(nameKey);
    }

    final void rename(String newName) {
        this.name = requireNonNull(newName).trim();
        this.nameKey = keyOf(newName);
    }

    void describe(String newDescription) {
        this.description = newDescription;
    }

    ReplicationGroupView toView() {
        return new ReplicationGroupView(name, description, createdAt, isDefault());
    }
}
