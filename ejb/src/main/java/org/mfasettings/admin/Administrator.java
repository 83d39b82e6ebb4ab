package org.mfasettings.admin;

import static java.util.Objects.requireNonNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person who signs in to the console or the admin API. The password is only ever a hash. */
@Entity
@Table(name = "administrator")
@NamedQuery(name = Administrator.ALL, query = "SELECT a FROM Administrator a ORDER BY a.username")
@NamedQuery(name = Administrator.COUNT, query = "SELECT COUNT(a) FROM Administrator a")
// No ORDER BY: the query is read with a pessimistic lock, and Derby refuses FOR UPDATE with one.
@NamedQuery(
        name = Administrator.BY_ROLE,
        query = "SELECT a FROM Administrator a WHERE a.role = :role")
public class Administrator {

    static final String ALL = "Administrator.all";
    static final String COUNT = "Administrator.count";
    static final String BY_ROLE = "Administrator.byRole";

    @Id
    @Column(length = 254)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 512)
    private String passwordHash;

    @Column(name = "admin_role", nullable = false, length = 32)
    private String role;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 254)
    private String createdBy;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    @Version private long version;

    protected Administrator() {}

    Administrator(
            String username, String passwordHash, AdminRole role, Instant at, String createdBy) {
        this.username = requireNonNull(username);
        this.passwordHash = requireNonNull(passwordHash);
        this.role = requireNonNull(role).code();
        this.createdAt = requireNonNull(at);
        this.createdBy = requireNonNull(createdBy);
        this.passwordChangedAt = at;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    AdminRole role() {
        return AdminRole.fromCode(role).orElseThrow();
    }

    void changePassword(String newHash, Instant at) {
        this.passwordHash = requireNonNull(newHash);
        this.passwordChangedAt = requireNonNull(at);
    }

    AdministratorView toView() {
        return new AdministratorView(username, role, createdAt, createdBy, passwordChangedAt);
    }
}
