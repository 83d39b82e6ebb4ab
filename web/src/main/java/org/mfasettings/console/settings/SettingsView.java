package org.mfasettings.console.settings;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;

/**
 * The service-wide settings. The inputs carry the ids of the record's components, so that a field
 * the session bean refuses is shown beside its input without a translation table.
 */
@Named("settings")
@ViewScoped
public class SettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "activationCredentialValiditySeconds",
                            field("activationCredentialValiditySeconds"),
                    "bypassDefaultSeconds", field("bypassDefaultSeconds"),
                    "bypassMaximumSeconds", field("bypassMaximumSeconds"),
                    "cacheMaximumSeconds", field("cacheMaximumSeconds"),
                    "heartbeatIntervalSeconds", field("heartbeatIntervalSeconds"),
                    "offlineThresholdIntervals", field("offlineThresholdIntervals"),
                    "auditRetentionDays", field("auditRetentionDays"),
                    "bypassDefaultWithinMaximum", field("bypassDefaultSeconds"));

    @Inject SettingsService service;

    private Integer activationCredentialValiditySeconds;
    private Integer bypassDefaultSeconds;
    private Integer bypassMaximumSeconds;
    private Integer cacheMaximumSeconds;
    private Integer heartbeatIntervalSeconds;
    private Integer offlineThresholdIntervals;
    private Integer auditRetentionDays;

    @PostConstruct
    void load() {
        show(service.currentForAdministrator());
    }

    public void save() {
        Settings requested =
                new Settings(
                        activationCredentialValiditySeconds,
                        bypassDefaultSeconds,
                        bypassMaximumSeconds,
                        cacheMaximumSeconds,
                        heartbeatIntervalSeconds,
                        offlineThresholdIntervals,
                        auditRetentionDays);
        try {
            show(service.update(requested));
            Feedback.info("settings.saved");
        } catch (InvalidInputException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
    }

    private void show(Settings settings) {
        activationCredentialValiditySeconds = settings.activationCredentialValiditySeconds();
        bypassDefaultSeconds = settings.bypassDefaultSeconds();
        bypassMaximumSeconds = settings.bypassMaximumSeconds();
        cacheMaximumSeconds = settings.cacheMaximumSeconds();
        heartbeatIntervalSeconds = settings.heartbeatIntervalSeconds();
        offlineThresholdIntervals = settings.offlineThresholdIntervals();
        auditRetentionDays = settings.auditRetentionDays();
    }

    private static FieldTarget field(String component) {
        return new FieldTarget(component, "settings." + component);
    }

    public Integer getActivationCredentialValiditySeconds() {
        return activationCredentialValiditySeconds;
    }

    public void setActivationCredentialValiditySeconds(Integer value) {
        this.activationCredentialValiditySeconds = value;
    }

    public Integer getBypassDefaultSeconds() {
        return bypassDefaultSeconds;
    }

    public void setBypassDefaultSeconds(Integer value) {
        this.bypassDefaultSeconds = value;
    }

    public Integer getBypassMaximumSeconds() {
        return bypassMaximumSeconds;
    }

    public void setBypassMaximumSeconds(Integer value) {
        this.bypassMaximumSeconds = value;
    }

    public Integer getCacheMaximumSeconds() {
        return cacheMaximumSeconds;
    }

    public void setCacheMaximumSeconds(Integer value) {
        this.cacheMaximumSeconds = value;
    }

    public Integer getHeartbeatIntervalSeconds() {
        return heartbeatIntervalSeconds;
    }

    public void setHeartbeatIntervalSeconds(Integer value) {
        this.heartbeatIntervalSeconds = value;
    }

    public Integer getOfflineThresholdIntervals() {
        return offlineThresholdIntervals;
    }

    public void setOfflineThresholdIntervals(Integer value) {
        this.offlineThresholdIntervals = value;
    }

    public Integer getAuditRetentionDays() {
        return auditRetentionDays;
    }

    public void setAuditRetentionDays(Integer value) {
        this.auditRetentionDays = value;
    }
}
