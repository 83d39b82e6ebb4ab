package org.mfasettings.console.server;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonWriter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;
import org.mfasettings.server.ActivationService;
import org.mfasettings.server.CredentialsRequest;
import org.mfasettings.server.IssuedCredentials;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;

/**
 * The server settings page: activation credentials, the three settings that govern servers, and the
 * connection file. The other settings live on the settings page and are kept as they are.
 */
@Named("serverSettings")
@ViewScoped
public class ServerSettingsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(ServerSettingsView.class.getName());

    /** Where the JAX-RS module is deployed; the connection file points servers there. */
    static final String API_CONTEXT_ROOT = "/mfa-api";

    static final String GROUP_INPUT = "credentialsGroup";

    private static final Map<String, FieldTarget> FIELDS =
            Map.of(
                    "replicationGroup",
                    new FieldTarget(GROUP_INPUT, "serverSettings.credentialsGroup"),
                    "activationCredentialValiditySeconds",
                    field("activationCredentialValiditySeconds"),
                    "heartbeatIntervalSeconds",
                    field("heartbeatIntervalSeconds"),
                    "offlineThresholdIntervals",
                    field("offlineThresholdIntervals"));

    @Inject ActivationService activation;

    @Inject SettingsService settingsService;

    @Inject ReplicationGroupService groupService;

    @Inject ShownCredentials shown;

    private transient List<ReplicationGroupView> groups;

    private String credentialsGroup;

    private Integer activationCredentialValiditySeconds;
    private Integer heartbeatIntervalSeconds;
    private Integer offlineThresholdIntervals;

    @PostConstruct
    void load() {
        show(settingsService.currentForAdministrator());
        credentialsGroup =
                getGroups().stream()
                        .filter(ReplicationGroupView::builtIn)
                        .map(ReplicationGroupView::name)
                        .findFirst()
                        .orElse(null);
    }

    public void generateCredentials() {
        try {
            IssuedCredentials issued = activation.issue(new CredentialsRequest(credentialsGroup));
            shown.show(issued);
            Feedback.info("serverSettings.credentialsIssued", issued.replicationGroup());
        } catch (InvalidInputException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, GROUP_INPUT);
        }
    }

    /**
     * Saves the three server settings on top of the others as they are now.
     *
     * <p>LIMITATION: the whole record is written back, so a change another administrator saves on
     * the settings page between the read and the update here is overwritten. The window is one
     * round trip; a per-setting update in SettingsService would close it.
     */
    public void save() {
        Settings current = settingsService.currentForAdministrator();
        Settings requested =
                new Settings(
                        activationCredentialValiditySeconds,
                        current.bypassDefaultSeconds(),
                        current.bypassMaximumSeconds(),
                        current.cacheMaximumSeconds(),
                        heartbeatIntervalSeconds,
                        offlineThresholdIntervals,
                        current.auditRetentionDays());
        try {
            show(settingsService.update(requested));
            Feedback.info("serverSettings.saved");
        } catch (InvalidInputException | EJBAccessException e) {
            Feedback.refused(e, FIELDS, null);
        }
    }

    /** Streams the connection file as a download; it holds no secret, so readers may have it. */
    public void downloadConnectionFile() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        int heartbeatSeconds = settingsService.currentForAdministrator().heartbeatIntervalSeconds();

        external.responseReset();
        external.setResponseContentType("application/json; charset=UTF-8");
        external.setResponseHeader(
                "Content-Disposition", "attachment; filename=\"" + ConnectionFile.FILE_NAME + "\"");
        try (JsonWriter writer = Json.createWriter(external.getResponseOutputStream())) {
            writer.writeObject(
                    ConnectionFile.describe(
                            serviceUrl((HttpServletRequest) external.getRequest()),
                            heartbeatSeconds));
        }
        faces.responseComplete();
        LOG.log(Level.DEBUG, "Connection file downloaded");
    }

    /**
     * The API's root as the administrator's browser reached this console, which is the address
     * servers on the same network reach too.
     *
     * <p>LIMITATION: behind a TLS-terminating proxy that does not pass the original scheme and host
     * to the application server, this is the proxy's inner address; fix the file's serviceUrl by
     * hand then.
     */
    static String serviceUrl(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort =
                ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName();
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + API_CONTEXT_ROOT;
    }

    private void show(Settings settings) {
        activationCredentialValiditySeconds = settings.activationCredentialValiditySeconds();
        heartbeatIntervalSeconds = settings.heartbeatIntervalSeconds();
        offlineThresholdIntervals = settings.offlineThresholdIntervals();
    }

    private static FieldTarget field(String component) {
        return new FieldTarget(component, "settings." + component);
    }

    public List<ReplicationGroupView> getGroups() {
        if (groups == null) {
            groups = groupService.list();
        }
        return groups;
    }

    public String getCredentialsGroup() {
        return credentialsGroup;
    }

    public void setCredentialsGroup(String credentialsGroup) {
        this.credentialsGroup = credentialsGroup;
    }

    public Integer getActivationCredentialValiditySeconds() {
        return activationCredentialValiditySeconds;
    }

    public void setActivationCredentialValiditySeconds(Integer value) {
        this.activationCredentialValiditySeconds = value;
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
}
