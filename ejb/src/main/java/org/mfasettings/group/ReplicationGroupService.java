package org.mfasettings.group;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.common.Persistence;

/**
 * Replication groups. Uniqueness and "still in use" are left to the database's constraints, so two
 * administrators racing to create the same name, or to delete a group while a server joins it,
 * cannot leave a duplicate or a dangling reference.
 */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class ReplicationGroupService {

    private static final Logger LOG = System.getLogger(ReplicationGroupService.class.getName());

    @PersistenceContext EntityManager em;

    @Inject InputValidator validator;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.READER)
    public List<ReplicationGroupView> list() {
        return em.createNamedQuery(ReplicationGroup.ALL, ReplicationGroup.class)
                .getResultStream()
                .map(ReplicationGroup::toView)
                .toList();
    }

    @RolesAllowed(Role.READER)
    public ReplicationGroupView get(String name) {
        return require(name).toView();
    }

    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ReplicationGroupView create(GroupRequest request) {
        validator.check(request);
        ReplicationGroup group =
                new ReplicationGroup(request.name(), request.normalisedDescription(), clock.now());
        persistUnique(group);
        auditLog.record(AuditAction.GROUP_CREATED, group.name(), describe(group));
        LOG.log(Level.INFO, "Replication group {0} created", group.name());
        return group.toView();
    }

    @RolesAllowed(Role.GLOBAL_ADMIN)
    public ReplicationGroupView update(String currentName, GroupRequest request) {
        validator.check(request);
        ReplicationGroup group = require(currentName);
        String before = describe(group);
        boolean renamed = !request.name().trim().equals(group.name());
        if (renamed && group.isDefault()) {
            throw new ConflictException(Messages.get("group.defaultFixed"));
        }
        group.rename(request.name());
        group.describe(request.normalisedDescription());
        persistUnique(group);
        auditLog.record(AuditAction.GROUP_UPDATED, group.name(), before + " -> " + describe(group));
        LOG.log(Level.INFO, "Replication group {0} updated", group.name());
        return group.toView();
    }

    /** Deletes a group that nothing uses; the Default group stays. */
    @RolesAllowed(Role.GLOBAL_ADMIN)
    public void delete(String name) {
        ReplicationGroup group = require(name);
        if (group.isDefault()) {
            throw new ConflictException(Messages.get("group.defaultFixed"));
        }
        try {
            em.remove(group);
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isForeignKeyViolation(e)) {
                throw new ConflictException(Messages.get("group.inUse", group.name()));
            }
            throw e;
        }
        auditLog.record(AuditAction.GROUP_DELETED, group.name(), describe(group));
        LOG.log(Level.INFO, "Replication group {0} deleted", group.name());
    }

    /** The group of that name, for the other features' use; empty if there is none. */
    @PermitAll
    public Optional<ReplicationGroup> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(ReplicationGroup.BY_KEY, ReplicationGroup.class)
                .setParameter("key", ReplicationGroup.keyOf(name))
                .getResultStream()
                .findFirst();
    }

    /**
     * The group an administrator chose in a request's {@code replicationGroup} field: none for a
     * blank name, and an unknown name refused as invalid input of that field.
     */
    @PermitAll
    public Optional<ReplicationGroup> chosen(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                find(name)
                        .orElseThrow(
                                () ->
                                        InvalidInputException.of(
                                                "replicationGroup",
                                                Messages.get("group.notFound", name))));
    }

    private ReplicationGroup require(String name) {
        return find(name)
                .orElseThrow(
                        () ->
                                new NotFoundException(
                                        Messages.get("group.notFound", Objects.toString(name))));
    }

    private void persistUnique(ReplicationGroup group) {
        try {
            if (group.id() == null) {
                em.persist(group);
            }
            em.flush();
        } catch (PersistenceException e) {
            if (Persistence.isUniqueViolation(e)) {
                throw new ConflictException(Messages.get("group.exists", group.name()));
            }
            throw e;
        }
    }

    private static String describe(ReplicationGroup group) {
        return "name: "
                + group.name()
                + ", description: "
                + Objects.toString(group.description(), "");
    }
}
