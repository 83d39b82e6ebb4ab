package org.mfasettings.api.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.mfasettings.api.CsvWriter;
import org.mfasettings.api.QueryParameters;
import org.mfasettings.audit.AuditAction;
import org.mfasettings.audit.AuditEntry;
import org.mfasettings.audit.AuditLog;
import org.mfasettings.audit.AuditQuery;
import org.mfasettings.common.InputValidator;

/** The audit log, newest first: {@code from} inclusive, {@code to} exclusive, actor prefix. */
@Path("v1/admin/audit-events")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
public class AuditEventsResource {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 10_000;

    @Inject AuditLog auditLog;

    @GET
    public List<AuditEntry> search(
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("actor") String actor,
            @QueryParam("action") String action,
            @QueryParam("offset") Integer offset,
            @QueryParam("limit") Integer limit) {
        AuditQuery query =
                new AuditQuery(
                        QueryParameters.instant("from", from),
                        QueryParameters.instant("to", to),
                        actor,
                        QueryParameters.enumValue("action", action, AuditAction.class));
        int first = InputValidator.bounded("offset", offset, 0, 0, Integer.MAX_VALUE);
        int max = InputValidator.bounded("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
        return auditLog.search(query, first, max);
    }
}
