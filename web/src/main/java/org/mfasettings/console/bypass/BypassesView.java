package org.mfasettings.console.bypass;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.component.UIComponent;
import jakarta.faces.event.ActionEvent;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.mfasettings.bypass.BypassCancellation;
import org.mfasettings.bypass.BypassGrant;
import org.mfasettings.bypass.BypassQuery;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.BypassStatus;
import org.mfasettings.bypass.BypassView;
import org.mfasettings.common.ConflictException;
import org.mfasettings.common.InvalidInputException;
import org.mfasettings.common.NotFoundException;
import org.mfasettings.console.shell.CsvDownload;
import org.mfasettings.console.shell.Feedback;
import org.mfasettings.console.shell.FieldTarget;
import org.mfasettings.group.ReplicationGroupService;
import org.mfasettings.group.ReplicationGroupView;
import org.mfasettings.settings.Settings;
import org.mfasettings.settings.SettingsService;
import org.primefaces.PrimeFaces;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/**
 * The one-time bypass page: a dialog that grants a bypass, the active bypasses with the time each
 * has left, and the report of every bypass with its filters and CSV export.
 */
@Named("bypasses")
@ViewScoped
public class BypassesView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(BypassesView.class.getName());

    /** An export is a working file for a spreadsheet, not a backup: it stops here. */
    static final int EXPORT_LIMIT = 10_000;

    /**
     * LIMITATION: the active table shows at most this many bypasses, newest first; beyond that an
     * administrator finds the rest in the report by filtering on the status ACTIVE.
     */
    static final int ACTIVE_LIMIT = 500;

    static final String REPORT_TABLE = "bypassReport";
    static final String REPORT_TO_INPUT = "reportTo";

    private static final String USERNAME_INPUT = "bypassUsername";
    private static final String CANCEL_REASON_INPUT = "cancelReason";

    private static final Map<String, FieldTarget> GRANT_FIELDS =
            Map.of(
                    "replicationGroup", new FieldTarget("bypassGroup", "bypasses.group"),
                    "username", new FieldTarget(USERNAME_INPUT, "bypasses.username"),
                    "seconds", new FieldTarget("bypassSeconds", "bypasses.seconds"),
                    "reason", new FieldTarget("bypassReason", "bypasses.reason"));
    private static final Map<String, FieldTarget> CANCEL_FIELDS =
            Map.of("reason", new FieldTarget(CANCEL_REASON_INPUT, "bypasses.cancelReason"));

    @Inject BypassService service;

    @Inject SettingsService settings;

    @Inject ReplicationGroupService groupService;

    private BypassReport report;

    private int defaultSeconds;
    private int maximumSeconds;

    /** Reloaded after every change made here, so that a row's button acts on what was shown. */
    private transient List<BypassView> active;

    private transient List<String> groups;

    private String group;
    private String username;
    private Integer seconds;
    private String reason;

    /** The id of the bypass that the cancel dialog is about. */
    private String cancelling;

    private String cancelReason;

    private LocalDate reportFrom;
    private LocalDate reportTo;
    private String reportUser;
    private BypassStatus reportStatus;
    private String reportGroup;

    @PostConstruct
    void prepare() {
        report = new BypassReport(service);
        Settings current = settings.currentForAdministrator();
        defaultSeconds = current.bypassDefaultSeconds();
        maximumSeconds = current.bypassMaximumSeconds();
    }

    public List<BypassView> getActive() {
        if (active == null) {
            BypassQuery onlyActive = new BypassQuery(null, null, null, BypassStatus.ACTIVE, null);
            active = service.search(onlyActive, 0, ACTIVE_LIMIT);
        }
        return active;
    }

    public List<String> getGroups() {
        if (groups == null) {
            groups = groupService.list().stream().map(ReplicationGroupView::name).toList();
        }
        return groups;
    }

    public void startAdding() {
        group = null;
        username = null;
        seconds = defaultSeconds;
        reason = null;
        PrimeFaces.current().executeScript("PF('bypassDialog').show()");
    }

    public void closeAdding() {
        PrimeFaces.current().executeScript("PF('bypassDialog').hide()");
    }

    public void grant() {
        try {
            BypassView granted = service.grant(new BypassGrant(username, seconds, reason, group));
            Feedback.info("bypasses.granted", granted.username(), granted.seconds());
        } catch (InvalidInputException | ConflictException | EJBAccessException e) {
            Feedback.refused(e, GRANT_FIELDS, USERNAME_INPUT);
            return;
        }
        active = null;
        closeAdding();
    }

    public void startCancelling(BypassView bypass) {
        cancelling = bypass.id();
        cancelReason = null;
        PrimeFaces.current().executeScript("PF('cancelDialog').show()");
    }

    public void closeCancelling() {
        PrimeFaces.current().executeScript("PF('cancelDialog').hide()");
    }

    public void cancel() {
        try {
            BypassView cancelled = service.cancel(cancelling, new BypassCancellation(cancelReason));
            Feedback.info("bypasses.cancelled", cancelled.username());
        } catch (InvalidInputException e) {
            Feedback.refused(e, CANCEL_FIELDS, CANCEL_REASON_INPUT);
            return;
        } catch (ConflictException | NotFoundException | EJBAccessException e) {
            // Used, expired or cancelled by someone else meanwhile: nothing left to ask about.
            Feedback.refused(e, CANCEL_FIELDS, null);
        }
        active = null;
        closeCancelling();
    }

    /** Whole seconds until the bypass lapses, never negative; the page counts down from here. */
    public long secondsLeft(BypassView bypass) {
        long left = Duration.between(Instant.now(), bypass.expiresAt()).toSeconds();
        return Math.max(0, left);
    }

    /** The time left as h:mm:ss, or m:ss under an hour; the countdown script writes the same. */
    public String timeLeft(BypassView bypass) {
        long left = secondsLeft(bypass);
        if (left == 0) {
            return Feedback.text("bypasses.expired");
        }
        long hours = left / 3600;
        long minutes = left % 3600 / 60;
        long rest = left % 60;
        return hours > 0
                ? String.format("%d:%02d:%02d", hours, minutes, rest)
                : String.format("%d:%02d", minutes, rest);
    }

    /** Applies the report filters and goes back to the first page, where the newest grants are. */
    public void search(ActionEvent event) {
        if (!filtersValid()) {
            return;
        }
        report.filterBy(currentFilter());
        UIComponent table = event.getComponent().getNamingContainer().findComponent(REPORT_TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * Streams the bypasses that the filters on the form select, newest first, as a download; the
     * filters are applied to the table too, so that the file matches what the page shows.
     */
    public void export() throws IOException {
        if (!filtersValid()) {
            return;
        }
        ReportFilter filter = currentFilter();
        report.filterBy(filter);

        List<BypassView> rows;
        try {
            rows = service.search(filter.toQuery(), 0, EXPORT_LIMIT);
        } catch (EJBAccessException e) {
            Feedback.error("refused.notPermitted");
            return;
        }

        CsvDownload.send(fileName(), BypassView.class, rows);
        LOG.log(Level.DEBUG, "Bypass report export of {0} rows", rows.size());
    }

    private ReportFilter currentFilter() {
        return new ReportFilter(reportFrom, reportTo, reportUser, reportStatus, reportGroup);
    }

    private boolean filtersValid() {
        if (reportFrom != null && reportTo != null && reportTo.isBefore(reportFrom)) {
            Feedback.errorOn(REPORT_TO_INPUT, Feedback.text("bypasses.toBeforeFrom"));
            return false;
        }
        return true;
    }

    private static String fileName() {
        return "one-time-bypasses-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
    }

    public LazyDataModel<BypassView> getReport() {
        return report;
    }

    public BypassStatus[] getStatuses() {
        return BypassStatus.values();
    }

    public String getSecondsLabel() {
        return Feedback.text("bypasses.secondsAtMost", maximumSeconds);
    }

    public String getSecondsHint() {
        return Feedback.text("bypasses.secondsHint", defaultSeconds);
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public Integer getSeconds() {
        return seconds;
    }

    public void setSeconds(Integer seconds) {
        this.seconds = seconds;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }

    public LocalDate getReportFrom() {
        return reportFrom;
    }

    public void setReportFrom(LocalDate reportFrom) {
        this.reportFrom = reportFrom;
    }

    public LocalDate getReportTo() {
        return reportTo;
    }

    public void setReportTo(LocalDate reportTo) {
        this.reportTo = reportTo;
    }

    public String getReportUser() {
        return reportUser;
    }

    public void setReportUser(String reportUser) {
        this.reportUser = reportUser;
    }

    public BypassStatus getReportStatus() {
        return reportStatus;
    }

    public void setReportStatus(BypassStatus reportStatus) {
        this.reportStatus = reportStatus;
    }

    public String getReportGroup() {
        return reportGroup;
    }

    public void setReportGroup(String reportGroup) {
        this.reportGroup = reportGroup;
    }
}
