package org.mfasettings.console.bypass;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.mfasettings.bypass.BypassQuery;
import org.mfasettings.bypass.BypassStatus;

/**
 * The report filters as the page collects them: whole days of the grant time in UTC, like every
 * time the console shows, both ends included.
 */
record ReportFilter(
        LocalDate from, LocalDate to, String username, BypassStatus status, String group)
        implements Serializable {

    static final ReportFilter NONE = new ReportFilter(null, null, null, null, null);

    BypassQuery toQuery() {
        return new BypassQuery(
                from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                blankToNull(username),
                status,
                blankToNull(group));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
