package org.mfasettings.console.caching;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.mfasettings.caching.CacheType;
import org.mfasettings.caching.CachingRuleService;
import org.mfasettings.caching.RuleRequest;
import org.mfasettings.caching.RuleView;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.decision.AuthenticationType;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;
import org.mfasettings.settings.SettingsService;
import org.primefaces.PrimeFaces;

/** The caching rules page: the rules, one dialog that adds or edits a rule, and delete. */
@Named("cachingRules")
@ViewScoped
public class CachingRulesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String SECONDS_INPUT = "ruleSeconds";
    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "cacheType", new FieldTarget("ruleCacheType", "rules.cacheType"),
                    "seconds", new FieldTarget(SECONDS_INPUT, "rules.seconds"),
                    "authenticationType",
                            new FieldTarget("ruleAuthenticationType", "rules.authenticationType"),
                    "application", new FieldTarget("ruleApplication", "rules.application"),
                    "replicationGroup", new FieldTarget("ruleGroup", "rules.group"));

    @Inject CachingRuleService service;

    @Inject SettingsService settings;

    @Inject ReplicationGroupService groupService;

    private int maximumSeconds;

    /**
     * Kept for the life of the view, so that a row's button acts on the row that was shown even if
     * another administrator changed the list meanwhile; reloaded after every change made here.
     */
    private transient List<RuleView> all;

    private transient List<String> groups;

    /** The id of the rule being edited, or null while adding one. */
    private String editing;

    private CacheType cacheType;
    private Integer seconds;
    private AuthenticationType authenticationType;
    private String application;
    private String group;

    @PostConstruct
    void prepare() {
        maximumSeconds = settings.currentForAdministrator().cacheMaximumSeconds();
    }

    public List<RuleView> getAll() {
        if (all == null) {
            all = service.list();
        }
        return all;
    }

    public List<String> getGroups() {
        if (groups == null) {
            groups = groupService.list().stream().map(ReplicationGroupView::name).toList();
        }
        return groups;
    }

    public void startAdding() {
        editing = null;
        cacheType = CacheType.USER;
        seconds = null;
        authenticationType = null;
        application = null;
        group = null;
        showDialog();
    }

    public void startEditing(RuleView rule) {
        editing = rule.id();
        cacheType = rule.cacheType();
        seconds = rule.seconds();
        authenticationType = rule.authenticationType();
        application = rule.application();
        group = rule.replicationGroup();
        showDialog();
    }

    public void close() {
        PrimeFaces.current().executeScript("PF('ruleDialog').hide()");
    }

    public boolean isAdding() {
        return editing == null;
    }

    public void save() {
        RuleRequest request =
                new RuleRequest(
                        cacheType == null ? null : cacheType.name(),
                        seconds,
                        authenticationType == null ? null : authenticationType.name(),
                        application,
                        group);
        try {
            if (editing == null) {
                service.create(request);
                Feedback.info("rules.created");
            } else {
                service.update(editing, request);
                Feedback.info("rules.updated");
            }
        } catch (InvalidInputException
                | ConflictException
                | NotFoundException
                | EJBAccessException e) {
            Feedback.refused(e, FIELDS, SECONDS_INPUT);
            return;
        }
        all = null;
        close();
    }

    public void delete(RuleView rule) {
        try {
            service.delete(rule.id());
            Feedback.info("rules.deleted");
        } catch (NotFoundException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
        all = null;
    }

    public String deleteQuestion(RuleView rule) {
        return Feedback.text(
                "rules.deleteQuestion",
                Feedback.text("rules.cacheType." + rule.cacheType().name()),
                rule.seconds());
    }

    private static void showDialog() {
        PrimeFaces.current().executeScript("PF('ruleDialog').show()");
    }

    public String getSecondsLabel() {
        return Feedback.text("rules.secondsAtMost", maximumSeconds);
    }

    public CacheType[] getCacheTypes() {
        return CacheType.values();
    }

    public AuthenticationType[] getAuthenticationTypes() {
        return AuthenticationType.values();
    }

    public CacheType getCacheType() {
        return cacheType;
    }

    public void setCacheType(CacheType cacheType) {
        this.cacheType = cacheType;
    }

    public Integer getSeconds() {
        return seconds;
    }

    public void setSeconds(Integer seconds) {
        this.seconds = seconds;
    }

    public AuthenticationType getAuthenticationType() {
        return authenticationType;
    }

    public void setAuthenticationType(AuthenticationType authenticationType) {
        this.authenticationType = authenticationType;
    }

    public String getApplication() {
        return application;
    }

    public void setApplication(String application) {
        this.application = application;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }
}
