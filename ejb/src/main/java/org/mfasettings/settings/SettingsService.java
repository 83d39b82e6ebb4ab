package org.mfasettings.settings;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.InputValidator;

/**
 * Reads and changes the service-wide settings. They live in the database and are read on use, so
 * that every node applies a change at once.
 */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class SettingsService {

    private static final Logger LOG = System.getLogger(SettingsService.class.getName());

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject InputValidator validator;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    /** The settings in force. Open to the business rules whoever calls them. */
    @PermitAll
    public Settings current() {
        Map<SettingName, Integer> values = new EnumMap<>(SettingName.class);
        for (Setting setting : em.createNamedQuery(Setting.ALL, Setting.class).getResultList()) {
            for (SettingName name : SettingName.values()) {
                if (name.key.equals(setting.name())) {
                    values.put(name, Math.toIntExact(setting.value()));
                }
            }
        }
        if (values.size() != SettingName.values().length) {
            throw new IllegalStateException("Settings are missing from the database: " + values);
        }
        return new Settings(
                values.get(SettingName.ACTIVATION_CREDENTIAL_VALIDITY),
                values.get(SettingName.BYPASS_DEFAULT),
                values.get(SettingName.BYPASS_MAXIMUM),
                values.get(SettingName.CACHE_MAXIMUM),
                values.get(SettingName.HEARTBEAT_INTERVAL),
                values.get(SettingName.OFFLINE_THRESHOLD),
                values.get(SettingName.AUDIT_RETENTION));
    }

    /** The settings in force, as an administrator reads them. */
    @RolesAllowed(Role.READER)
    public Settings currentForAdministrator() {
        return current();
    }

    /** Applies every value that differs from the current one; audits each as before -> after. */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public Settings update(Settings requested) {
        validator.check(requested);

        Settings before = current();
        List<String> changes = new ArrayList<>();
        String by = session.getCallerPrincipal().getName();
        for (SettingName name : SettingName.values()) {
            int old = name.getter.applyAsInt(before);
            int now = name.getter.applyAsInt(requested);
            if (old != now) {
                em.createNamedQuery(Setting.UPDATE)
                        .setParameter("value", (long) now)
                        .setParameter("at", clock.now())
                        .setParameter("by", by)
                        .setParameter("name", name.key)
                        .executeUpdate();
                changes.add(name.key + ": " + old + " -> " + now);
            }
        }

        // Bulk updates bypass the persistence context: forget the values read above.
        em.clear();

        if (!changes.isEmpty()) {
            String details = String.join("; ", changes);
            auditLog.record(AuditAction.SETTINGS_CHANGED, "settings", details);
            LOG.log(Level.INFO, "Settings changed by {0}: {1}", by, details);
        }
        return current();
    }
}
