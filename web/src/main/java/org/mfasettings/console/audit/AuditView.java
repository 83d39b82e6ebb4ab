package org.mfasettings.console.audit;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditEntry;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.console.shell.CsvDownload;
import org.mfasettings.console.shell.Feedback;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.LazyDataModel;

/** The audit log page: filters, a table paged by the database, and a CSV export. */
@Named("audit")
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Logger LOG = System.getLogger(AuditView.class.getName());

    /** An export is a working file for a spreadsheet, not a backup: it stops here. */
    static final int EXPORT_LIMIT = 10_000;

    static final String TABLE = "auditLog";
    static final String TO_INPUT = "auditTo";

    @Inject AuditLog log;

    private AuditEntries entries;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private AuditAction action;

    @PostConstruct
    void prepare() {
        entries = new AuditEntries(log);
    }

    /** Applies the filters and goes back to the first page, where the newest entries are. */
    public void search(ActionEvent event) {
        if (!filtersValid()) {
            return;
        }
        entries.filterBy(new AuditFilter(from, to, actor, action));
        UIComponent table = event.getComponent().getNamingContainer().findComponent(TABLE);
        if (table instanceof DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    /**
     * Streams the entries that the current filters select, newest first, as a download. Applies the
     * filters on the form first, so that the file matches what the administrator asked for.
     */
    public void export() throws IOException {
        if (!filtersValid()) {
            return;
        }
        AuditFilter filter = new AuditFilter(from, to, actor, action);
        entries.filterBy(filter);

        List<AuditEntry> rows;
        try {
            rows = log.search(filter.toQuery(), 0, EXPORT_LIMIT);
        } catch (EJBAccessException e) {
            Feedback.error("refused.notPermitted");
            return;
        }

        CsvDownload.send(fileName(), AuditEntry.class, rows);
        LOG.log(Level.DEBUG, "Audit export of {0} entries", rows.size());
    }

    private boolean filtersValid() {
        if (from != null && to != null && to.isBefore(from)) {
            Feedback.errorOn(TO_INPUT, Feedback.text("audit.toBeforeFrom"));
            return false;
        }
        return true;
    }

    private static String fileName() {
        return "audit-log-" + LocalDate.now(ZoneOffset.UTC) + ".csv";
    }

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }
}
