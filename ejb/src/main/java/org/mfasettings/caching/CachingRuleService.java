package org.mfasettings.caching;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.mfasettings.admin.Role;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.common.Clock;
import org.mfasettings.common.InputValidator;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.Messages;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.decision.AuthenticationType;
import org.mfasettings.decision.DecisionGenerations;
import org.mfasettings.group.ReplicationGroup;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.settings.SettingsService;

/** Caching rules, managed by authentication and global administrators. */
@Stateless
@DeclareRoles({Role.READER, Role.AUTHENTICATION_ADMIN, Role.GLOBAL_ADMIN})
public class CachingRuleService {

    private static final Logger LOG = System.getLogger(CachingRuleService.class.getName());

    @PersistenceContext EntityManager em;

    @Resource SessionContext session;

    @Inject InputValidator validator;

    @Inject ReplicationGroupService groups;

    @Inject SettingsService settings;

    @Inject AuditLog auditLog;

    @Inject Clock clock;

    @RolesAllowed(Role.READER)
    public List<RuleView> list() {
        return em.createNamedQuery(CachingRule.ALL, CachingRule.class)
                .getResultStream()
                .map(CachingRule::toView)
                .toList();
    }

    @RolesAllowed(Role.READER)
    public RuleView get(String id) {
        return require(id).toView();
    }

    @RolesAllowed(Role.AUTHENTICATION_ADMIN)
    public RuleView create(RuleRequest request) {
        validator.check(request);
        CachingRule rule = new CachingRule(UUID.randomUUID().toString(), clock.now(), caller());
        define(rule, request);
        em.persist(rule);
        DecisionGenerations.rulesChanged(em);
        RuleView view = rule.toView();
        auditLog.record(AuditAction.CACHING_RULE_CREATED, view.id(), describe(view));
        LOG.log(Level.INFO, "Caching rule {0} created: {1}", view.id(), describe(view));
        return view;
    }

    @RolesAllowed(Role.AUTHENTICATION_ADMIN)
    public RuleView update(String id, RuleRequest request) {
        validator.check(request);
        CachingRule rule = require(id);
        String before = describe(rule.toView());
        define(rule, request);
        em.flush();
        DecisionGenerations.rulesChanged(em);
        RuleView view = rule.toView();
        auditLog.record(AuditAction.CACHING_RULE_UPDATED, id, before + " -> " + describe(view));
        LOG.log(Level.INFO, "Caching rule {0} updated: {1}", id, describe(view));
        return view;
    }

    @RolesAllowed(Role.AUTHENTICATION_ADMIN)
    public void delete(String id) {
        CachingRule rule = require(id);
        String described = describe(rule.toView());
        em.remove(rule);
        DecisionGenerations.rulesChanged(em);
        auditLog.record(AuditAction.CACHING_RULE_DELETED, id, described);
        LOG.log(Level.INFO, "Caching rule {0} deleted", id);
    }

    private void define(CachingRule rule, RuleRequest request) {
        int maximum = settings.current().cacheMaximumSeconds();
        if (request.seconds() > maximum) {
            throw InvalidInputException.of("seconds", Messages.get("rule.tooLong", maximum));
        }
        ReplicationGroup group = groups.chosen(request.replicationGroup()).orElse(null);
        String application =
                request.application() == null || request.application().isBlank()
                        ? null
                        : request.application().trim().toLowerCase(Locale.ROOT);
        AuthenticationType authenticationType =
                request.authenticationType() == null
                        ? null
                        : AuthenticationType.valueOf(request.authenticationType());
        rule.define(
                CacheType.valueOf(request.cacheType()),
                request.seconds(),
                authenticationType,
                application,
                group,
                clock.now(),
                caller());
    }

    private CachingRule require(String id) {
        CachingRule rule = id == null || id.length() > 36 ? null : em.find(CachingRule.class, id);
        if (rule == null) {
            throw new NotFoundException(Messages.get("rule.notFound", String.valueOf(id)));
        }
        return rule;
    }

    private String caller() {
        return session.getCallerPrincipal().getName();
    }

    private static String describe(RuleView rule) {
        return rule.cacheType()
                + ", "
                + rule.seconds()
                + " s, authentication type: "
                + (rule.authenticationType() == null ? "any" : rule.authenticationType())
                + ", application: "
                + (rule.application() == null ? "any" : rule.application())
                + ", group: "
                + (rule.replicationGroup() == null ? "all" : rule.replicationGroup());
    }
}
