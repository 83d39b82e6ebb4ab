package org.mfasettings.console.bypass;

import java.util.List;
import java.util.Map;
import org.mfasettings.bypass.BypassService;
import org.mfasettings.bypass.BypassView;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * One page of the one-time bypass report at a time, filtered and paged by the database: every
 * bypass ever granted stays in the report, so the table must never load it whole.
 */
class BypassReport extends LazyDataModel<BypassView> {

    private static final long serialVersionUID = 1L;

    private final BypassService service;
    private ReportFilter filter = ReportFilter.NONE;

    BypassReport(BypassService service) {
        this.service = service;
    }

    void filterBy(ReportFilter newFilter) {
        this.filter = newFilter;
    }

    @Override
    public int count(Map<String, FilterMeta> ignored) {
        return (int) Math.min(Integer.MAX_VALUE, service.count(filter.toQuery()));
    }

    @Override
    public List<BypassView> load(
            int first, int pageSize, Map<String, SortMeta> unused, Map<String, FilterMeta> none) {
        return service.search(filter.toQuery(), first, pageSize);
    }

    @Override
    public String getRowKey(BypassView bypass) {
        return bypass.id();
    }
}
