package org.mfasettings.api.problem;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.mfasettings.common.FieldError;

/**
 * An RFC 9457 problem document: every error the API answers. {@code errors} lists refused fields;
 * {@code correlationId} ties an unexpected failure to its one log line.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        String correlationId) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM_JSON = MediaType.valueOf(MEDIA_TYPE);

    public static Problem of(Response.StatusType status, String detail) {
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                null,
                null);
    }

    public static Problem invalid(String detail, List<FieldError> errors) {
        Response.Status status = Response.Status.BAD_REQUEST;
        return new Problem(
                "about:blank",
                status.getReasonPhrase(),
                status.getStatusCode(),
                detail,
                errors,
                null);
    }

    public Response toResponse() {
        return Response.status(status).type(PROBLEM_JSON).entity(this).build();
    }
}
