package org.mfasettings.api.problem;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.UUID;

/**
 * Failures raised by the platform rather than by a business rule: unknown resources, bodies that
 * are not JSON, calls the caller's role does not allow, and the unexpected. None ever answers with
 * a stack trace.
 */
public final class PlatformExceptionMappers {

    private static final Logger LOG = System.getLogger(PlatformExceptionMappers.class.getName());

    private PlatformExceptionMappers() {}

    @Provider
    public static class WebApplication implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            if (isMalformedBody(e)) {
                return malformedBody();
            }
            Response.StatusType status = e.getResponse().getStatusInfo();
            if (status.getStatusCode() >= 500) {
                return unexpected(e);
            }
            Response problem = Problem.of(status, detailFor(status)).toResponse();
            return copyHeaders(e.getResponse(), problem);
        }

        private static String detailFor(Response.StatusType status) {
            return switch (status.getStatusCode()) {
                case 404 -> "No resource at this address.";
                case 405 -> "This resource does not answer that method.";
                case 406 -> "This resource cannot answer in the media type asked for.";
                case 415 -> "Send the body as application/json.";
                default -> "The request cannot be processed.";
            };
        }

        private static Response copyHeaders(Response original, Response problem) {
            Response.ResponseBuilder builder = Response.fromResponse(problem);
            String allow = original.getHeaderString("Allow");
            if (allow != null) {
                builder.header("Allow", allow);
            }
            return builder.build();
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return isMalformedBody(e) ? malformedBody() : unexpected(e);
        }
    }

    @Provider
    public static class Binding implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformedBody();
        }
    }

    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            if (e instanceof EJBAccessException || causedBy(e, SecurityException.class)) {
                return Problem.of(Status.FORBIDDEN, "Your role does not allow this.").toResponse();
            }
            return unexpected(e);
        }
    }

    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof EJBAccessException) {
                return Problem.of(Status.FORBIDDEN, "Your role does not allow this.").toResponse();
            }
            return unexpected(e);
        }
    }

    static boolean isMalformedBody(Throwable e) {
        return causedBy(e, JsonbException.class) || causedBy(e, JsonException.class);
    }

    static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    static Response malformedBody() {
        return Problem.of(Status.BAD_REQUEST, "The body is not valid JSON for this resource.")
                .toResponse();
    }

    static Response unexpected(Throwable e) {
        String correlationId = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Unexpected failure, correlation id " + correlationId, e);
        Status status = Status.INTERNAL_SERVER_ERROR;
        return new Problem(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        "An unexpected error occurred. Quote the correlation id to an operator.",
                        null,
                        correlationId)
                .toResponse();
    }
}
