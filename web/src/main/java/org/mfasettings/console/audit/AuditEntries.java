package org.mfasettings.console.audit;

import java.util.List;
import java.util.Map;
import org.mfasettings.audit.AuditEntry;
import org.mfasettings.audit.AuditLog;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One page of the audit log at a time, paged by the database: the log grows without bound, and the
 * table must never load it whole.
 */
class AuditEntries extends LazyDataModel<AuditEntry> {

    private static final long serialVersionUID = 1L;

    private final AuditLog log;
    private AuditFilter filter = AuditFilter.NONE;

    AuditEntries(AuditLog log) {
        this.log = log;
    }

    void filterBy(AuditFilter newFilter) {
        this.filter = newFilter;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) Math.min(Integer.MAX_VALUE, log.count(filter.toQuery()));
    }

    @Override
    public List<AuditEntry> load(
            int first, int pageSize, Map<String, SortMeta> unused, Map<String, FilterMeta> none) {
        return log.search(filter.toQuery(), first, pageSize);
    }

    @Override
    public String getRowKey(AuditEntry entry) {
        return String.valueOf(entry.id());
    }
}
