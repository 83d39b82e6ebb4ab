package org.mfasettings.settings;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One service-wide setting: a whole number under a fixed name, seeded by the migrations. */
@Entity
@Table(name = "setting")
@NamedQuery(name = Setting.ALL, query = "SELECT s FROM Setting s")
@NamedQuery(
        name = Setting.UPDATE,
        query =
                "UPDATE Setting s SET s.value = :value, s.updatedAt = :at, s.updatedBy = :by"
                        + " WHERE s.name = :name")
public class Setting {

    static final String ALL = "Setting.all";
    static final String UPDATE = "Setting.update";

    @Id
    @Column(length = 64)
    private String name;

    @Column(name = "setting_value", nullable = false)
    private long value;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    protected Setting() {}

    String name() {
        return name;
    }

    long value() {
        return value;
    }
}
