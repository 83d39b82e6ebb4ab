package org.mfasettings.admin;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.common.Persistence;

/** Administrators: who may sign in, with which role. */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class AdministratorService {

    private static final Logger LOG = System.getLogger(AdministratorService.class.getName());

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject InputValidator validator;

    @Inject PasswordHasher hasher;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.READER)
    public List<AdministratorView> list() {
        return em.createNamedQuery(Administrator.ALL, Administrator.class)
                .getResultStream()
                .map(Administrator::toView)
                .toList();
    }

    @RolesAllowed(Role.GLOBAL_ADMIN)
    public AdministratorView add(NewAdministrator request) {
        validator.check(request);
        String username = Usernames.normalise(request.username());
        AdminRole role = AdminRole.fromCode(request.role()).orElseThrow();
        Administrator administrator =
                new Administrator(
                        username, hasher.hash(request.password()), role, clock.now(), caller());
        try {
            em.persist(administrator);
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isUniqueViolation(e)) {
                throw new ConflictException(Messages.get("administrator.exists", username));
            }
            throw e;
        }
        auditLog.record(AuditAction.ADMINISTRATOR_ADDED, username, "role: " + role.code());
        LOG.log(Level.INFO, "Administrator {0} added with role {1}", username, role.code());
        return administrator.toView();
    }

    /**
     * Removes an administrator, never the last global administrator. The global administrators'
     * rows are locked first, so two removals racing for the last two cannot both succeed.
     */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public void remove(String rawUsername) {
        String username = Usernames.normalise(rawUsername);
        List<Administrator> globalAdmins =
                em.createNamedQuery(Administrator.BY_ROLE, Administrator.class)
                        .setParameter("role", AdminRole.GLOBAL_ADMIN.code())
                        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                        .getResultList();
        Administrator administrator =
                username == null ? null : em.find(Administrator.class, username);
        if (administrator == null) {
            throw new NotFoundException(Messages.get("administrator.notFound", rawUsername));
        }
        if (administrator.role() == AdminRole.GLOBAL_ADMIN && globalAdmins.size() <= 1) {
            throw new ConflictException(Messages.get("administrator.lastGlobalAdmin"));
        }
        em.remove(administrator);
        auditLog.record(
                AuditAction.ADMINISTRATOR_REMOVED,
                username,
                "role: " + administrator.role().code());
        LOG.log(Level.INFO, "Administrator {0} removed", username);
    }

    /** Any administrator changes their own password, proving the current one. */
    @RolesAllowed(Role.READER)
    public void changeOwnPassword(PasswordChange change) {
        if (change == null) {
            throw InvalidInputException.of("body", Messages.get("input.missing"));
        }
        String currentPassword = change.currentPassword();
        String newPassword = change.newPassword();
        String username = caller();
        Administrator administrator = em.find(Administrator.class, username);
        if (administrator == null) {
            throw new NotFoundException(Messages.get("administrator.notFound", username));
        }
        if (currentPassword == null
                || !hasher.matches(currentPassword, administrator.passwordHash())) {
            throw InvalidInputException.of(
                    "currentPassword", Messages.get("administrator.currentPasswordWrong"));
        }
        if (newPassword == null || newPassword.length() < 12 || newPassword.length() > 128) {
            throw InvalidInputException.of("newPassword", Messages.get("administrator.password"));
        }
        administrator.changePassword(hasher.hash(newPassword), clock.now());
        auditLog.record(AuditAction.PASSWORD_CHANGED, username, null);
        LOG.log(Level.INFO, "Administrator {0} changed their password", username);
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }
}
